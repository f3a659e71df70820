# Check: future.exception() returns the exception object; done() and result() after a failure. Bug: none.
from concurrent.futures import ThreadPoolExecutor

kind = ""
was_done = 0
ok_value = 0


def fail():
    raise ValueError("bad")


def fine():
    return 41


with ThreadPoolExecutor(max_workers=1) as pool:
    f1 = pool.submit(fail)
    f2 = pool.submit(fine)
    exc = f1.exception()
    kind = type(exc).__name__
    ok_value = f2.result() + 1
    was_done = int(f1.done()) + int(f2.done())

print(f"kind={kind} ok_value={ok_value} was_done={was_done}")
