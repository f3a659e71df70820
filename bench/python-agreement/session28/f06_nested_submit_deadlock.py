# BUG: deadlock: a task waits on a future it submitted to the same single-worker pool
from concurrent.futures import ThreadPoolExecutor

executor = ThreadPoolExecutor(max_workers=1)
result = 0


def inner() -> int:
    return 42


def outer() -> int:
    nested = executor.submit(inner)
    return nested.result() + 1  # the only worker is busy running outer()


future = executor.submit(outer)
result = future.result()
print(f"result={result}")
executor.shutdown()
assert result == 43
