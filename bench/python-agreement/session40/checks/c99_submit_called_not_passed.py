# Check: `pool.submit(work(3))` runs work in the main thread and submits its int result; the future fails with TypeError. Bug: calling instead of passing the function.
from concurrent.futures import ThreadPoolExecutor

calls = 0
error = ""


def work(n):
    global calls
    calls += 1
    return n * 2


with ThreadPoolExecutor(max_workers=1) as pool:
    fut = pool.submit(work(3))
    try:
        fut.result()
    except TypeError as exc:
        error = type(exc).__name__

print(f"calls={calls} error={error}")
