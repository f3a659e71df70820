"""A set comprehension of futures walked by `as_completed`: the jobs race on an unlocked counter (BUG)."""
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

hits = 0
order = []


def visit(n):
    global hits
    seen = hits
    time.sleep(0.001)
    hits = seen + 1
    return n


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = {pool.submit(visit, n) for n in range(3)}
    for f in as_completed(futures):
        order.append(f.result())
print(hits, sorted(order))
assert hits == 3, "lost update"
