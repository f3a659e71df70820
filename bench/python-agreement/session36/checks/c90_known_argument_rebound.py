"""A known argument rebound inside the selector before its lookup: `key = 1 - key; return locks[key]`."""
import threading
import time

locks = [threading.Lock(), threading.Lock()]
cells = [0, 0]


def lock_for(key):
    key = 1 - key
    return locks[key]


def worker(worker_id):
    with lock_for(worker_id):
        value = cells[0]
        time.sleep(0)
        cells[0] = value + 1


threads = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(cells)
