import time
from concurrent.futures import ThreadPoolExecutor, as_completed

PAGES = {"home": 0.03, "about": 0.01, "blog": 0.02, "missing": 0.005}


def fetch(page):
    time.sleep(PAGES[page])
    if page == "missing":
        raise FileNotFoundError(page)
    return f"<html>{page}</html>"


sizes = {}
failures = []
with ThreadPoolExecutor(max_workers=3) as pool:
    future_to_page = {pool.submit(fetch, page): page for page in PAGES}
    for future in as_completed(future_to_page):
        page = future_to_page[future]
        try:
            body = future.result()
        except FileNotFoundError as exc:
            failures.append(f"404 {exc}")
        else:
            sizes[page] = len(body)

for page, size in sorted(sizes.items()):
    print(f"{page:>6}: {size:3d} bytes")
print(failures)
