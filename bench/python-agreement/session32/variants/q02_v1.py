# BUG: the visited-set check and the add are separate steps with no lock, so two workers can both enqueue
# the same page and it is fetched twice.
import queue
import threading

GRAPH = {"home": ["news", "shop"], "news": ["deals"], "shop": ["deals"], "deals": []}

todo = queue.Queue()
seen = {"home": True}
fetch_count = {}


def fetch(page):
    fetch_count[page] = fetch_count.get(page, 0) + 1
    return GRAPH[page]


def worker():
    while True:
        page = todo.get()
        if page is None:
            todo.task_done()
            break
        for link in fetch(page):
            if link not in seen:
                seen[link] = True
                todo.put(link)
        todo.task_done()


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
todo.put("home")
todo.join()
for _ in threads:
    todo.put(None)
for t in threads:
    t.join()
print("fetch counts", dict(sorted(fetch_count.items())))
dupes = [p for p, n in fetch_count.items() if n > 1]
print("duplicates", dupes)
