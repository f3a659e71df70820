"""Fetch pages with a thread pool's map; build a dict of sizes."""
import time
from concurrent.futures import ThreadPoolExecutor

PAGES = {"home": 120, "about": 45, "blog": 300, "contact": 30}
MAX_WORKERS = 2

sizes = {}


def fetch(name):
    time.sleep(PAGES[name] / 100000)
    return name, PAGES[name]


def crawl(names):
    with ThreadPoolExecutor(max_workers=MAX_WORKERS) as pool:
        for name, size in pool.map(fetch, names):
            sizes[name] = size
    return sum(sizes.values())


if __name__ == "__main__":
    names = list(PAGES)
    total_size = crawl(names)
    assert total_size == 495
    print(f"{total_size:>6d} bytes")
