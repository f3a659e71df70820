# a ProcessPoolExecutor job that updates an instance: its own copy, the parent's stays 0
from concurrent.futures import ProcessPoolExecutor


class Stats:
    def __init__(self):
        self.calls = 0

    def record(self):
        self.calls += 1
        return self.calls


stats = Stats()


def job(n):
    return stats.record() + n


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        first = pool.submit(job, 10).result()
    parent_calls = stats.calls
    print(first, parent_calls)
