# Check: a ProcessPoolExecutor job appending to a module list writes the child's copy; the parent's list stays empty. Bug: expecting shared memory across processes.
from concurrent.futures import ProcessPoolExecutor

seen = []
doubled = []


def job(x):
    seen.append(x)
    return x * 2


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        doubled = list(pool.map(job, [1, 2, 3]))
    n_seen = len(seen)
    print(f"doubled={doubled} n_seen={n_seen}")
