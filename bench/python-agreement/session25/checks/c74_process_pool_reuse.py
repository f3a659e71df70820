# check: a process pool reuses its worker process, so a module global in the worker carries over
from concurrent.futures import ProcessPoolExecutor

calls = 0


def count_call(n):
    global calls
    calls += 1
    return calls


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        seen = list(pool.map(count_call, range(3)))
    first = seen[0]
    last = seen[-1]
    print(seen, calls)
