"""A job per key of a module dict nothing writes; the loop's name is bound again later to a job's result."""
from concurrent.futures import ThreadPoolExecutor, wait

PAGES = {"home": 3, "about": 1, "blog": 5}
pool = ThreadPoolExecutor(max_workers=2)
counted = {}
downloads = []


def count(name):
    return name, PAGES[name]


for name in PAGES:
    f = pool.submit(count, name)
    downloads.append(f)
wait(downloads)
for f in downloads:
    name, n = f.result()
    counted[name] = n
pool.shutdown()
total = counted["home"] + counted["about"] + counted["blog"]
print(total)
