# CPython 3.11.7: ran=['web'] 24, ran=[] 4, ran=['web', 'cache'] 2 (30 runs, agree.py, 08:14 UTC).
# weft explore (session 19): those three and ran=['cache'], complete. The binary of the session's start
# listed ran=['web'] and ran=['web', 'cache'] only, as complete (agree.py: ran=[] not predicted, 7 of 30).
# The statement form of pick_up_window_one_worker.py (`f.cancel()` alone), which weft imported before
# session 19 and explored as complete without ran=[] (the next job started in the step the one before
# ended). One worker: the first check fails at once and wakes `wait(FIRST_EXCEPTION)`; the worker takes the
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
for f in not_done:
    f.cancel()
executor.shutdown(wait=True)
print(f"ran={ran}")
