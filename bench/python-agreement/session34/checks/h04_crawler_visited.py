# BUG: a threaded crawler checks `url not in visited` and adds it later, so two workers can fetch one page.
import queue
import threading

LINKS = {"/": ["/a", "/b"], "/a": ["/b", "/c"], "/b": ["/c"], "/c": []}
visited = set()
fetches = []
frontier = queue.Queue()
fetch_lock = threading.Lock()


def crawl():
    while True:
        url = frontier.get()
        if url is None:
            frontier.task_done()
            return
        if url not in visited:
            with fetch_lock:
                fetches.append(url)
            visited.add(url)
            for link in LINKS[url]:
                frontier.put(link)
        frontier.task_done()


frontier.put("/")
workers = [threading.Thread(target=crawl) for _ in range(2)]
for w in workers:
    w.start()
frontier.join()
for _ in workers:
    frontier.put(None)
for w in workers:
    w.join()
fetch_count = len(fetches)
print(sorted(fetches), fetch_count, sorted(visited))
