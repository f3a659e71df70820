# Check: with the fork start method (Linux default in 3.11) a worker sees module globals as they were when it was forked. Bug: none (fork semantics).
from concurrent.futures import ProcessPoolExecutor

factor = 1
results = []


def scale(x):
    return x * factor


if __name__ == "__main__":
    factor = 10
    with ProcessPoolExecutor(max_workers=1) as pool:
        results = list(pool.map(scale, [1, 2]))
    print(f"results={results} factor={factor}")
