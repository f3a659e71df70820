# BUG: `if url not in seen: seen.add(url)` is a check-then-act; two crawlers may both fetch the same page.
# CPython 3.11.7 (10 runs): assertion failed ("/" fetched twice), 10 of 10; weft explore: that and fetched=2 pages=2,
# complete within the 20 ms window.
import threading
import time

seen = set()
fetched = 0


def crawl(url):
    global fetched
    if url not in seen:
        time.sleep(0.001)
        seen.add(url)
        fetched += 1


threads = [threading.Thread(target=crawl, args=(u,)) for u in ("/", "/", "/about")]
for t in threads:
    t.start()
for t in threads:
    t.join()
pages = len(seen)
assert fetched == pages, (fetched, pages)
