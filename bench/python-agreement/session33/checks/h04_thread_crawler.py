import queue
import threading

LINKS = {
    "/": ["/a", "/b"],
    "/a": ["/b", "/c"],
    "/b": ["/"],
    "/c": [],
}

frontier = queue.Queue()
visited = set()
visited_lock = threading.Lock()
fetch_counts = {}


def crawler(name):
    while True:
        item = frontier.get()
        if item is None:
            frontier.task_done()
            return
        url, depth = item
        with visited_lock:
            if url in visited:
                frontier.task_done()
                continue
            visited.add(url)
        fetch_counts[name] = fetch_counts.get(name, 0) + 1
        if depth < 2:
            for link in LINKS[url]:
                frontier.put((link, depth + 1))
        frontier.task_done()


frontier.put(("/", 0))
workers = [threading.Thread(target=crawler, args=(f"w{i}",)) for i in range(2)]
for w in workers:
    w.start()
frontier.join()
for _ in workers:
    frontier.put(None)
for w in workers:
    w.join()
print(sorted(visited), sum(fetch_counts.values()))
