# BUG: deadlock: a task submits a sub-task to its own single-worker pool and waits for it
from concurrent.futures import ThreadPoolExecutor

executor = ThreadPoolExecutor(max_workers=1)


def leaf(n):
    return n * 2


def parent(n):
    child = executor.submit(leaf, n)
    return child.result() + 1


answer = executor.submit(parent, 20).result()
print(answer)
executor.shutdown()
