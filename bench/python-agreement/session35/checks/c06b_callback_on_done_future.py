"""(c06 without the thread's name) add_done_callback on a done future runs at once, before the next line."""
import threading
from concurrent.futures import ThreadPoolExecutor, wait

order = []
lock = threading.RLock()


def job():
    return 1


def note(fut):
    with lock:
        order.append("callback")


with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(job)
    wait([f])
    with lock:
        f.add_done_callback(note)
        order.append("after add")
print(order)
