# A web-crawler frontier: two daemon workers take URLs from a queue, "fetch" them from a fake link graph,
# and enqueue unseen links; a lock guards the visited set; the main thread waits with q.join().
import queue
import threading

LINKS = {
    "/": ["/about", "/blog"],
    "/about": ["/", "/team"],
    "/blog": ["/blog/1", "/blog/2", "/about"],
    "/blog/1": ["/blog"],
    "/blog/2": ["/blog/1", "/team"],
    "/team": [],
}

frontier = queue.Queue()
visited = set()
visited_lock = threading.Lock()
fetched_by = {}


def crawl(worker_name):
    while True:
        url = frontier.get()
        try:
            fetched_by[url] = worker_name
            for link in LINKS[url]:
                with visited_lock:
                    if link in visited:
                        continue
                    visited.add(link)
                frontier.put(link)
        finally:
            frontier.task_done()


visited.add("/")
frontier.put("/")
for name in ("w1", "w2"):
    threading.Thread(target=crawl, args=(name,), daemon=True).start()
frontier.join()
print("pages", sorted(fetched_by))
print("count", len(fetched_by), "visited", len(visited))
