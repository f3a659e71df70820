# BUG: check-then-act on the visited set: two workers can both fetch the same page
"""A thread-pool crawler: workers check `visited` without the lock, then fetch and add."""
import queue
import threading
import time

SITE = {"/": ["/a", "/b"], "/a": ["/c"], "/b": ["/c"], "/c": []}
visited = set()
fetch_count = {}
lock = threading.Lock()
todo = queue.Queue()


def worker():
    while True:
        url = todo.get()
        if url is None:
            todo.task_done()
            return
        if url not in visited:
            time.sleep(0.001)
            with lock:
                visited.add(url)
                fetch_count[url] = fetch_count.get(url, 0) + 1
            for link in SITE[url]:
                todo.put(link)
        todo.task_done()


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
todo.put("/")
todo.join()
for _ in threads:
    todo.put(None)
for t in threads:
    t.join()
duplicates = sum(n - 1 for n in fetch_count.values())
print(sorted(visited), duplicates)
