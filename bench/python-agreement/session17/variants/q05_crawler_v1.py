# no bug: a tiny crawler: workers pull page numbers from a queue, push newly found links, and stop after a quiet timeout
# variant v1: pages are numbers and the link graph a dict of tuples of numbers
import queue
import threading
import time

LINKS = {
    0: (1, 2),
    1: (0,),
    2: (3, 4),
    3: (),
    4: (1,),
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


frontier.put(0)
crawlers = [threading.Thread(target=crawl) for _ in range(2)]
for c in crawlers:
    c.start()
for c in crawlers:
    c.join()
print(f"fetched {pages_fetched} pages: {sorted(visited)}")
assert pages_fetched == len(LINKS)
