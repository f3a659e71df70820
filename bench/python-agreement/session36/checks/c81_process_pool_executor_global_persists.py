"""ProcessPoolExecutor with one worker: a module global the job increments persists between jobs."""
from concurrent.futures import ProcessPoolExecutor

seen = []


def job(x):
    seen.append(x)
    return len(seen)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        lengths = list(pool.map(job, [7, 8, 9]))
    print(lengths, len(seen))
