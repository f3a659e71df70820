"""A job per key of a module dict nothing writes, the results gathered into a second dict compared with it."""
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
    key, n = f.result()
    counted[key] = n
pool.shutdown()
same = counted["home"] == PAGES["home"]
print(len(PAGES), same)
