# no bug: a tiny crawler: workers pull URLs from a queue, push newly found links, and stop after a quiet timeout
import queue
import threading
import time

LINKS = {
    "/": ["/about", "/blog"],
    "/about": ["/"],
    "/blog": ["/blog/1", "/blog/2"],
    "/blog/1": [],
    "/blog/2": ["/about"],
}
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
        for link in LINKS[url]:
            frontier.put(link)


frontier.put("/")
crawlers = [threading.Thread(target=crawl) for _ in range(2)]
for c in crawlers:
    c.start()
for c in crawlers:
    c.join()
print(f"fetched {pages_fetched} pages: {sorted(visited)}")
assert pages_fetched == len(LINKS)
