# bug: deadlock: a task in a one-worker pool submits a subtask to the same pool and waits for it; nobody is left to run it
from concurrent.futures import ThreadPoolExecutor

executor = ThreadPoolExecutor(max_workers=1)
result = 0


def child(x):
    return x * 2


def parent(x):
    inner = executor.submit(child, x)
    return inner.result() + 1


outer = executor.submit(parent, 20)
result = outer.result()
executor.shutdown()
print("result:", result)
assert result == 41
