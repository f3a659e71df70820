# BUG: race (lost update): tasks in the pool increment a shared dict entry with no lock around the read and the write
from concurrent.futures import ThreadPoolExecutor
import time

stats = {"processed": 0}


def process(item):
    n = stats["processed"]
    time.sleep(0.001)  # simulated I/O between the read and the write
    stats["processed"] = n + 1
    return item.upper()


with ThreadPoolExecutor(max_workers=2) as pool:
    out = list(pool.map(process, ["a", "b", "c", "d"]))

print(out, stats)
assert stats["processed"] == 4, stats
