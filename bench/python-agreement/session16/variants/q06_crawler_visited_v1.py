# bug: the visited check and the visited add are separate steps without a lock, so two crawler threads can fetch one page twice
import queue
import threading
import time


frontier = queue.Queue()
visited = set()
fetch_log = []


def fetch(path):
    time.sleep(0.001)  # network I/O
    fetch_log.append(path)
    if path == "/":
        frontier.put("/about")
        frontier.put("/blog")
    elif path == "/about":
        frontier.put("/team")
    elif path == "/blog":
        frontier.put("/team")
        frontier.put("/about")


def crawler():
    while True:
        path = frontier.get()
        if path is None:
            frontier.task_done()
            return
        if path not in visited:
            visited.add(path)
            fetch(path)
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
