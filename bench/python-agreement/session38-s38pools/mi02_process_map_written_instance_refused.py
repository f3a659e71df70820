# A process pool reports counters that main bumps afterwards: each job has a pickled copy, main the originals.
from concurrent.futures import ProcessPoolExecutor


class Counter:
    def __init__(self, name, hits):
        self.name = name
        self.hits = hits


first = Counter("x", 1)
second = Counter("y", 2)
COUNTERS = [first, second]


def report(counter):
    return counter.hits * 2


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        doubled = list(pool.map(report, COUNTERS))
    first.hits += 1
    print(f"doubled={doubled} first={first.hits}")
