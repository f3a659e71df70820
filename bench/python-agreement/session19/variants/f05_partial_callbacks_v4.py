"""Done-callbacks built with functools.partial sort results into a dict of lists."""
import functools
import threading
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

buckets = {"r0": [], "r1": [], "r2": []}
buckets_lock = threading.Lock()
callbacks_run = 0


def classify(n):
    return n % 3


def on_done(fut):
    global callbacks_run
    r = fut.result()
    with buckets_lock:
        buckets[f"r{r}"].append("done")
        callbacks_run += 1


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        for n in range(7):
            fut = pool.submit(classify, n)
            fut.add_done_callback(on_done)
    r0 = sorted(buckets["r0"])
    r1 = sorted(buckets["r1"])
    r2 = sorted(buckets["r2"])
    assert callbacks_run == 7
