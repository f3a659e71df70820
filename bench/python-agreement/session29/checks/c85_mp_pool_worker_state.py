# multiprocessing.Pool reuses its worker processes: a global counted in the worker goes on across jobs
from multiprocessing import Pool

calls = 0


def count_call(_):
    global calls
    calls += 1
    return calls


if __name__ == "__main__":
    with Pool(processes=1) as pool:
        seen = pool.map(count_call, range(3))
    total = sum(seen)
    last = seen[-1]
    print(seen, total, last, calls)
