# no bug: ThreadPoolExecutor.map downloads pages concurrently and keeps results in input order
import time
from concurrent.futures import ThreadPoolExecutor

PAGES = {"home": "<h1>hi</h1>", "docs": "<p>read me</p>", "faq": "<ul></ul>"}


def fetch(name: str) -> int:
    time.sleep(0.005)  # network
    return len(PAGES[name])


with ThreadPoolExecutor(max_workers=2) as executor:
    sizes = list(executor.map(fetch, PAGES))

total_bytes = sum(sizes)
print(f"sizes={sizes} total={total_bytes}")
assert sizes == [11, 14, 9]
