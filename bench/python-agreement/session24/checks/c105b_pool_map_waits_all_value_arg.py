"""Pool.map with one failing job re-raises only once every job has finished (jobs report through a Queue)."""
import multiprocessing
import time


def job(n):
    if n == 0:
        raise ValueError("bad")
    time.sleep(0.05)
    return n


if __name__ == "__main__":
    start = time.monotonic()
    waited_ms = 0
    with multiprocessing.Pool(3) as pool:
        try:
            pool.map(job, [0, 1, 2])
        except ValueError:
            waited_ms = int((time.monotonic() - start) * 1000)
    waited_for_all = int(waited_ms >= 40)
    print(waited_for_all)
