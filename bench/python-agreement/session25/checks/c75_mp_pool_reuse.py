# check: multiprocessing.Pool reuses its worker process: its module globals carry over between tasks
from multiprocessing import Pool

calls = 0


def count_call(n):
    global calls
    calls += 1
    return calls


if __name__ == "__main__":
    with Pool(processes=1) as pool:
        seen = pool.map(count_call, range(3))
    first = seen[0]
    last = seen[-1]
    print(seen, calls)
