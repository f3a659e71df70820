"""exception() of a future cancelled while queued raises CancelledError (uncaught: the program ends there)."""
import time
from concurrent.futures import ThreadPoolExecutor

reached = 0


def job(n: int) -> int:
    time.sleep(0.02)
    return n


pool = ThreadPoolExecutor(max_workers=1)
first = pool.submit(job, 1)
second = pool.submit(job, 2)
cancelled = second.cancel()
error = second.exception()
reached = 1
pool.shutdown()
print(f"cancelled={cancelled} error={error} reached={reached}")
