"""Jobs of a ProcessPoolExecutor append to a global list: they change the worker's copy, not the parent's."""
from concurrent.futures import ProcessPoolExecutor

seen = []


def job(n):
    seen.append(n)
    return len(seen)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as executor:
        sizes = list(executor.map(job, [1, 2, 3]))
    parent_size = len(seen)
    last_size = sizes[-1]
    print(parent_size, sizes)
