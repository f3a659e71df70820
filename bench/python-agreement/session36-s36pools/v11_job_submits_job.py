"""A pool job submits a second job and appends its future to a module list; main waits for both."""
from concurrent.futures import ThreadPoolExecutor, wait

pool = ThreadPoolExecutor(max_workers=2)
inner = []
total = 0


def leaf(n):
    return n * 10


def outer(n):
    inner.append(pool.submit(leaf, n))
    return n


first = pool.submit(outer, 1)
total = first.result()
wait(inner)
total += inner[0].result()
pool.shutdown()
print(total)
