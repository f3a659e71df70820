"""A job waits for a second job on a pool of one worker: the pool deadlocks."""
from concurrent.futures import ThreadPoolExecutor

result = 0


def inner():
    return 1


def outer(ex):
    global result
    f = ex.submit(inner)
    result = f.result(timeout=0.2)


ex = ThreadPoolExecutor(max_workers=1)
try:
    ex.submit(outer, ex).result()
finally:
    ex.shutdown()
print(result)
