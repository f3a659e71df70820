# BUG: deadlock: the done callbacks put into a bounded queue that the main thread only drains after the pool's shutdown
"""Each job's done callback puts its result into a queue of size 1. The callbacks run in the pool's
workers, so the second put blocks a worker, and the `with` block's shutdown waits for it forever."""
import queue
from concurrent.futures import ThreadPoolExecutor

results = queue.Queue(maxsize=1)


def square(n):
    return n * n


def publish(fut):
    results.put(fut.result())


with ThreadPoolExecutor(max_workers=2) as pool:
    for n in range(3):
        pool.submit(square, n).add_done_callback(publish)

total = 0
for _ in range(3):
    total += results.get()
print(f"total={total}")
assert total == 5
