"""A selector called with an argument computed from a thread's known argument and a loop counter."""
import threading
import time

locks = [threading.Lock(), threading.Lock()]
cells = [0, 0]


def lock_for(key):
    return locks[key]


def worker(worker_id):
    for step in range(2):
        key = (worker_id + step) % 2
        with lock_for(key):
            value = cells[key]
            time.sleep(0)
            cells[key] = value + 1


threads = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(cells)
