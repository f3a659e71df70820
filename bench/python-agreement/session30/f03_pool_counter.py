# BUG: lost update: hit() reads the count, waits, then writes it back without a lock, so concurrent hits overwrite each other
import time
from concurrent.futures import ThreadPoolExecutor


class PageStats:
    def __init__(self):
        self.hits = 0
        self.pages = {}

    def hit(self, page):
        current = self.hits
        time.sleep(0.0005)  # write an access log line
        self.hits = current + 1
        self.pages[page] = self.pages.get(page, 0) + 1


stats = PageStats()
requests = ["/", "/a", "/", "/b"]

with ThreadPoolExecutor(max_workers=4) as pool:
    futures = [pool.submit(stats.hit, page) for page in requests]
    for f in futures:
        f.result()

print("hits:", stats.hits, "of", len(requests))
print("pages:", dict(sorted(stats.pages.items())))
