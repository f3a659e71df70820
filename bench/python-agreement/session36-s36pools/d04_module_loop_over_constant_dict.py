"""Module code submits a job per key of a module dict nothing writes (no `with`), then sums the results."""
from concurrent.futures import ThreadPoolExecutor, wait

PAGES = {"home": 3, "about": 1, "blog": 5}
pool = ThreadPoolExecutor(max_workers=2)
futures = []
total = 0


def size(name):
    return PAGES[name] * 10


for name in PAGES:
    futures.append(pool.submit(size, name))
wait(futures)
for f in futures:
    total += f.result()
pool.shutdown()
print(total)
