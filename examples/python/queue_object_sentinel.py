"""Two workers drain a queue until they take the sentinel, a unique `object()` (not None, which a
producer might also put). The total is locked; the count of handled jobs is not, so it can lose
updates. weft says the sentinel as its None: `weft explore` lists total=6 always, handled=1, 2 or 3."""
import queue
import threading

SENTINEL = object()
jobs = queue.Queue()
total = 0
handled = 0
lock = threading.Lock()


def worker():
    global total, handled
    while True:
        item = jobs.get()
        if item is SENTINEL:
            break
        with lock:
            total += item
        handled += 1


workers = [threading.Thread(target=worker) for _ in range(2)]
for w in workers:
    w.start()
for i in range(1, 4):
    jobs.put(i)
for _ in workers:
    jobs.put(SENTINEL)
for w in workers:
    w.join()
print("total", total, "handled", handled)
assert total == 6
