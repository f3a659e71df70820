"""A done-callback runs after the future's waiters are woken: result() can return before the callback has finished."""
import time
from concurrent.futures import ThreadPoolExecutor

logged = 0


def job():
    return 42


def on_done(future):
    global logged
    time.sleep(0.01)  # write to the audit log
    logged = 1


with ThreadPoolExecutor(max_workers=1) as executor:
    future = executor.submit(job)
    future.add_done_callback(on_done)
    value = future.result()
    seen = logged
print(value, seen)
