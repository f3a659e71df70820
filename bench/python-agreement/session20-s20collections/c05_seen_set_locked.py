# The same crawl with the test and the add under one lock: every page fetched once; discard after.
# CPython 3.11.7 (10 runs): fetched=2 pages=1, 10 of 10; weft explore: that one outcome, complete within the 20 ms
# window (with `fetched += 1` outside the lock weft also found the lost update CPython did not show).
import threading
import time

seen = set()
seen_lock = threading.Lock()
fetched = 0


def crawl(url):
    global fetched
    with seen_lock:
        if url in seen:
            return
        seen.add(url)
    time.sleep(0.001)
    with seen_lock:
        fetched += 1


threads = [threading.Thread(target=crawl, args=(u,)) for u in ("/", "/", "/about")]
for t in threads:
    t.start()
for t in threads:
    t.join()
seen.discard("/about")
seen.discard("/missing")
pages = len(seen)
assert fetched == 2 and pages == 1
