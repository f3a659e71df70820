# ThreadPoolExecutor.map over "URLs": each fetch sleeps like network I/O; results become a dict
import time
from concurrent.futures import ThreadPoolExecutor

PAGES = {
    "https://example.com/": 1256,
    "https://example.com/about": 512,
    "https://example.com/blog": 4096,
    "https://example.com/contact": 128,
}


def fetch(url):
    time.sleep(0.005)  # network
    size = PAGES[url]
    return url.rsplit("/", 1)[-1] or "index", size


def main():
    with ThreadPoolExecutor(max_workers=3) as pool:
        sizes = {}
        for name, size in pool.map(fetch, PAGES):
            sizes[name] = size
    return sizes


sizes = main()
total_bytes = sum(sizes.values())
largest = max(sizes, key=sizes.get)
print("sizes:", sizes)
print(f"total_bytes={total_bytes} largest={largest}")
