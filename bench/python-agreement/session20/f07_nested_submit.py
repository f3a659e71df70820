# BUG: deadlock: a job in a one-worker pool submits a second job to the same pool and waits for it; the only worker is busy waiting
import concurrent.futures

pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
outcome = 0


def child(x):
    return x + 1


def parent(x):
    inner = pool.submit(child, x)
    return inner.result() * 2


if __name__ == "__main__":
    outcome = pool.submit(parent, 20).result()
    pool.shutdown()
    print(outcome)
