"""Module globals bound to lists of results: `[f.result() for f in futures]` and `list(pool.map(...))`.
A lost update on `hits` makes the results differ from run to run; both lists are in the final state."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor

hits = 0


def bump(label):
    global hits
    seen = hits
    time.sleep(0.001)
    hits = seen + 1
    return seen


def square(x):
    return x * x


pool = ThreadPoolExecutor(max_workers=2)
futures = [pool.submit(bump, n) for n in range(2)]
seen_counts = [f.result() for f in futures]
squares = list(pool.map(square, [1, 2, 3]))
pool.shutdown()
print("seen_counts:", seen_counts, "squares:", squares, "hits:", hits)
