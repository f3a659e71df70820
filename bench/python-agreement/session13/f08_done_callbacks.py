# Expected: add_done_callback runs once per future (in the worker or in main if already done); callbacks == 4 and the lock keeps the sum right (total == 6).
import threading
from concurrent.futures import ThreadPoolExecutor

callbacks = 0
total = 0
lock = threading.Lock()


def work(n):
    return n


def on_done(future):
    global callbacks, total
    with lock:
        callbacks += 1
        total += future.result()


with ThreadPoolExecutor(max_workers=2) as executor:
    for n in range(4):
        executor.submit(work, n).add_done_callback(on_done)
print(callbacks, total)
