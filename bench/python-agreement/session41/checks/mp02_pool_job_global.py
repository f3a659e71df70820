# check: a process-pool job that changes a global changes the worker's copy only
from concurrent.futures import ProcessPoolExecutor

calls = 0


def square(n):
    global calls
    calls += 1
    return n * n


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        out = list(ex.map(square, [1, 2, 3]))
    total = sum(out)
    print(out, calls, total)
