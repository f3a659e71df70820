# variant, fixed with a lock: the visited check and the visited add are separate steps without a lock, so two crawler threads can fetch one page twice
import queue
import threading
import time

LINKS = {
    "/": ["/about", "/blog"],
    "/about": ["/team"],
    "/blog": ["/team", "/about"],
    "/team": [],
}

frontier = queue.Queue()
visited = set()
visited_lock = threading.Lock()
fetch_log = []


def fetch(path):
    time.sleep(0.001)  # network I/O
    fetch_log.append(path)
    return LINKS[path]


def crawler():
    while True:
        path = frontier.get()
        if path is None:
            frontier.task_done()
            return
        with visited_lock:
            fresh = path not in visited
            if fresh:
                visited.add(path)
        if fresh:
            for link in fetch(path):
                frontier.put(link)
        frontier.task_done()


frontier.put("/")
workers = [threading.Thread(target=crawler) for _ in range(2)]
for w in workers:
    w.start()
frontier.join()
for _ in workers:
    frontier.put(None)
for w in workers:
    w.join()
print("fetched:", sorted(fetch_log))
assert len(fetch_log) == len(set(fetch_log)), "a page was fetched twice"
