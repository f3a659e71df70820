# ProcessPoolExecutor jobs write a module dict: the parent's dict stays empty.
from concurrent.futures import ProcessPoolExecutor

seen = {}
total = 0


def job(n):
    seen[n] = n * n
    return n * n


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        results = list(ex.map(job, [1, 2, 3]))
    total = sum(results)
    print(seen, total)
