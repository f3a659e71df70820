# no bug: two crawlers pull pages from a queue, mark them in a shared set under a lock, and push the links of new ones; they stop after a quiet timeout
# CPython 3.11.7, 10 runs (agree.py, 2026-11-30): ok fetched=3 in all 10; weft explore: complete within a 20ms time window, 1 outcome. Before: stateless, 49,651 schedules in 30 s, incomplete; now 146 + 18,257 cut short, complete (release build).
import queue
import threading
import time

LINKS = {"/": ["/a", "/b"], "/a": ["/"], "/b": ["/a"]}
frontier = queue.Queue()
visited = set()
visited_lock = threading.Lock()
fetched = 0


def crawl():
    global fetched
    while True:
        try:
            url = frontier.get(timeout=0.05)
        except queue.Empty:
            return
        with visited_lock:
            if url in visited:
                continue
            visited.add(url)
            fetched += 1
        time.sleep(0.002)
        for link in LINKS[url]:
            frontier.put(link)


frontier.put("/")
crawlers = [threading.Thread(target=crawl) for _ in range(2)]
for c in crawlers:
    c.start()
for c in crawlers:
    c.join()
print(f"fetched {fetched} pages: {sorted(visited)}")
assert fetched == len(LINKS)
