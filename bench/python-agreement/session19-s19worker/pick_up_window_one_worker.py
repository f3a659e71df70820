# CPython 3.11.7: cancelled=1 ran=['web'] 24, cancelled=2 ran=[] 6 (30 runs, agree.py, 08:12 UTC);
# cancelled=1 ran=['web'] 15, cancelled=2 ran=[] 3, cancelled=0 ran=['web', 'cache'] 2 (20 runs, 08:00).
# weft explore (session 19): those three and cancelled=1 ran=['cache'], complete. Before session 19 the
# value of `f.cancel()` here was refused.
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
