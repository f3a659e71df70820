"""Done-callbacks built with functools.partial sort results into a dict of lists."""
import functools
import threading
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

r0_done = []
r1_done = []
r2_done = []
buckets_lock = threading.Lock()
callbacks_run = 0


def classify(n):
    return n % 3


def on_done(fut):
    global callbacks_run
    r = fut.result()
    with buckets_lock:
        if r == 0:
            r0_done.append("done")
        elif r == 1:
            r1_done.append("done")
        else:
            r2_done.append("done")
        callbacks_run += 1


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        for n in range(7):
            fut = pool.submit(classify, n)
            fut.add_done_callback(on_done)
    r0 = len(r0_done)
    r1 = len(r1_done)
    r2 = len(r2_done)
    assert callbacks_run == 7
