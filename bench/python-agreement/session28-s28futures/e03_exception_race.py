# BUG: two jobs add to a shared counter without a lock; the exception text of the check job tells
# whether it saw the lost update.
"""The check job raises with the counter's value in its message; main reads it through
`str(f.exception())` inside an f-string."""
import time
from concurrent.futures import ThreadPoolExecutor

counter = 0


def bump():
    global counter
    value = counter
    time.sleep(0.001)
    counter = value + 1


def check():
    time.sleep(0.005)
    if counter != 2:
        raise RuntimeError(f"counter={counter}")
    return "fine"


with ThreadPoolExecutor(max_workers=3) as ex:
    a = ex.submit(bump)
    b = ex.submit(bump)
    c = ex.submit(check)
    report = f"check: {c.exception()}"
print(report)
assert report == "check: None", report
