# no bug: one download raises, its error is caught from future.result(); the others are kept
import concurrent.futures
import time

PAGES = {"home": 0.003, "broken": 0.001, "docs": 0.002}
sizes = {}
errors = []


def download(page):
    time.sleep(PAGES[page])
    if page == "broken":
        raise ValueError(f"404 for {page}")
    return len(page) * 100


with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
    future_to_page = {pool.submit(download, page): page for page in PAGES}
    for future in concurrent.futures.as_completed(future_to_page):
        page = future_to_page[future]
        try:
            sizes[page] = future.result()
        except ValueError as exc:
            errors.append(page)

print(f"sizes={dict(sorted(sizes.items()))} errors={errors}")
