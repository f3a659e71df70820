# BUG: lost update: done-callbacks run in the worker threads and update a shared dict without a lock
import time
from concurrent.futures import ThreadPoolExecutor

stats: dict[str, int] = {"done": 0, "bytes": 0}


def work(n: int) -> int:
    time.sleep(0.01)
    return n * 10


def record(fut) -> None:
    done = stats["done"]
    stats["done"] = done + 1
    stats["bytes"] += fut.result()


with ThreadPoolExecutor(max_workers=4) as pool:
    for n in range(4):
        pool.submit(work, n).add_done_callback(record)

print(f"stats={stats}")
assert stats["done"] == 4, f"only {stats['done']} of 4 recorded"
