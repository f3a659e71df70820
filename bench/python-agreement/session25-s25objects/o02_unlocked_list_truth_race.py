# BUG: check-then-act on a list's truth: `if jobs and not stopping:` then `jobs.pop()` without a lock
"""Two workers test a shared list's truth inside `and`, then pop: both can pass the test for one item."""
import threading
import time

jobs = [1]
stopping = False
errors = []


def worker():
    if jobs and not stopping:
        time.sleep(0.001)
        try:
            jobs.pop()
        except IndexError:
            errors.append(1)


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert not errors, "popped an empty list"
print("ok", len(jobs))
