"""ThreadPoolExecutor.map over a list of URLs with a fake fetch; results come back in input order."""
import time
from concurrent.futures import ThreadPoolExecutor

PAGES = {"/": 120, "/about": 45, "/blog": 300, "/contact": 12}


def fetch(path):
    time.sleep(0.001 * (len(path) % 3))
    return PAGES[path]


with ThreadPoolExecutor(max_workers=3) as executor:
    sizes = list(executor.map(fetch, PAGES))

total_bytes = sum(sizes)
largest = max(sizes)
print(sizes, total_bytes)
assert sizes == [120, 45, 300, 12]
assert total_bytes == 477
