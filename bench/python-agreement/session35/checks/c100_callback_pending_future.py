"""add_done_callback on a pending future: the worker runs it when the job ends, after main's next line."""
import time
from concurrent.futures import ThreadPoolExecutor

order = []


def job():
    time.sleep(0.01)
    return 1


def note(fut):
    order.append("callback")


with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(job)
    f.add_done_callback(note)
    order.append("after add")
print(order)
