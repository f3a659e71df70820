# A function fills a local dict over the done set of concurrent.futures.wait, through a local bound to
# the future's key (`key = futures[f]`), then copies it into the module's dict in a fixed order.
import time
from concurrent.futures import ThreadPoolExecutor, wait

PAGES = ["home", "about", "blog"]
lengths = {}


def fetch(page):
    time.sleep(0.001 * len(page))
    return len(page) * 10


def collect():
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = {pool.submit(fetch, page): page for page in PAGES}
        done, _ = wait(futures)
        found = {}
        for future in done:
            key = futures[future]
            found[key] = future.result()
    for page in PAGES:
        lengths[page] = found[page]


collect()
print(f"lengths={lengths}")
