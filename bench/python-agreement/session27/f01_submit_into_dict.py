"""ThreadPoolExecutor as a context manager, submit in a loop, results gathered into a dict."""
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

PAGES = {"home": 3, "about": 1, "blog": 4, "contact": 2}


def fetch(page: str, size_kb: int) -> int:
    time.sleep(0.002 * size_kb)
    return size_kb * 1024


sizes: dict[str, int] = {}
completion: list[str] = []
with ThreadPoolExecutor(max_workers=2) as pool:
    future_to_page = {pool.submit(fetch, page, kb): page for page, kb in PAGES.items()}
    for future in as_completed(future_to_page):
        page = future_to_page[future]
        sizes[page] = future.result()
        completion.append(page)
total_bytes = sum(sizes.values())
for page in sorted(sizes):
    print(f"{page:<8}{sizes[page]:>7,d}")
assert total_bytes == 10 * 1024
