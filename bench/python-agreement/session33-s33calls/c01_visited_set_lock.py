# A visited set shared by three workers under a lock: add, membership, discard, len and sorted.
import threading

visited = {"start"}
lock = threading.Lock()
claims = {}


def visit(name, pages):
    for page in pages:
        with lock:
            if page in visited:
                continue
            visited.add(page)
        claims[page] = name
    with lock:
        visited.discard("missing")
        visited.discard("start")


workers = [
    threading.Thread(target=visit, args=("w1", ["a", "b", "c"])),
    threading.Thread(target=visit, args=("w2", ["c", "d"])),
    threading.Thread(target=visit, args=("w3", ["a", "d", "e"])),
]
for w in workers:
    w.start()
for w in workers:
    w.join()
count = len(visited)
pages = sorted(visited)
print(count, pages, len(claims))
