# BUG: deadlock — a task in a one-worker pool submits a subtask to the same pool and waits for it
from concurrent.futures import ThreadPoolExecutor

pool = ThreadPoolExecutor(max_workers=1)


def leaf(n):
    return n + 1


def parent(n):
    sub = pool.submit(leaf, n)
    return sub.result() * 2  # the only worker is this one


def main():
    fut = pool.submit(parent, 1)
    print(fut.result())
    pool.shutdown()


main()
