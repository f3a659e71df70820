# Readers tally hits per shelf in a fixed-length list; the report is a dict comprehension over enumerate.
import threading

SHELVES = 3
hits = [0] * SHELVES
lock = threading.Lock()


def reader(shelves):
    for shelf in shelves:
        with lock:
            hits[shelf] += 1


threads = [threading.Thread(target=reader, args=(s,)) for s in ([0, 1], [1, 2], [2, 2])]
for t in threads:
    t.start()
for t in threads:
    t.join()

report = {f"shelf-{shelf}": count for shelf, count in enumerate(hits)}
doubled = {shelf: hits[shelf] * 2 for shelf in range(SHELVES)}
print(report, doubled)
