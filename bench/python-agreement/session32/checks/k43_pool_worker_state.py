# multiprocessing.Pool jobs count calls in a module global per worker process; the parent sees 0.
import multiprocessing

calls = 0


def job(n):
    global calls
    calls += 1
    return calls


if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        out = pool.map(job, [10, 20, 30])
    first = out[0]
    last = out[2]
    print(calls, first, last)
