# ordered
# PriorityQueue with (priority, name) tuples: equal priorities fall back to comparing the names.
import queue
import threading

log = []
pq = queue.PriorityQueue()


def worker():
    while not pq.empty():
        priority, name = pq.get()
        log.append(f"{priority}{name}")


for item in [(2, "b"), (1, "z"), (2, "a"), (1, "c"), (3, "a")]:
    pq.put(item)
t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
