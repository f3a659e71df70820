"""A pool made by hand; apply_async results taken after close() and join()."""
import multiprocessing
import time


def slow_square(x):
    time.sleep(0.001 * x)
    return x * x


if __name__ == "__main__":
    pool = multiprocessing.Pool(processes=2)
    results = []
    for i in range(4):
        results.append(pool.apply_async(slow_square, (i,)))
    pool.close()
    pool.join()
    print("ready", all(r.ready() for r in results), [r.get() for r in results])
