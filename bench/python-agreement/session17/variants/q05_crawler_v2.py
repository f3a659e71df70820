# no bug: a tiny crawler: workers pull page numbers from a queue, push newly found links, and stop after a quiet timeout
# variant v2: pages are numbers and the link graph a list of (source, target) edges
import queue
import threading
import time

EDGES = [(0, 1), (0, 2), (1, 0), (2, 3), (2, 4), (4, 1)]
PAGES = 5
frontier = queue.Queue()
visited = set()
visited_lock = threading.Lock()
pages_fetched = 0


def crawl():
    global pages_fetched
    while True:
        try:
            url = frontier.get(timeout=0.05)
        except queue.Empty:
            return
        with visited_lock:
            if url in visited:
                continue
            visited.add(url)
            pages_fetched += 1
        time.sleep(0.002)  # fetch the page
        for source, target in EDGES:
            if source == url:
                frontier.put(target)


frontier.put(0)
crawlers = [threading.Thread(target=crawl) for _ in range(2)]
for c in crawlers:
    c.start()
for c in crawlers:
    c.join()
print(f"fetched {pages_fetched} pages: {sorted(visited)}")
assert pages_fetched == PAGES
