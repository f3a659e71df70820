import time
from concurrent.futures import ThreadPoolExecutor


def fetch(page):
    time.sleep(0.03)
    return page * 2


with ThreadPoolExecutor(max_workers=2) as pool:
    pages = list(pool.map(fetch, range(4)))
print(pages)
