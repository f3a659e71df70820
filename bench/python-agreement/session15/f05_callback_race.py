# bug: lost update -- done callbacks run in the worker threads and bump a counter without a lock
from concurrent.futures import ThreadPoolExecutor
import time

finished = 0


def on_done(future):
    global finished
    seen = finished
    time.sleep(0.001)
    finished = seen + 1


def work(n):
    time.sleep(0.002)
    return n


with ThreadPoolExecutor(max_workers=3) as pool:
    for n in range(3):
        pool.submit(work, n).add_done_callback(on_done)

print("callbacks counted:", finished)  # expected 3
