"""A PriorityQueue of (priority, seq, name) tuples; two workers take them in priority order."""
import queue
import threading

pq = queue.PriorityQueue()
order = []
lock = threading.Lock()
for seq, (prio, name) in enumerate([(2, "b"), (1, "a"), (2, "a"), (0, "z")]):
    pq.put((prio, seq, name))


def worker():
    while True:
        try:
            prio, seq, name = pq.get_nowait()
        except queue.Empty:
            return
        with lock:
            order.append(f"{prio}{name}")


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(order), len(order))
