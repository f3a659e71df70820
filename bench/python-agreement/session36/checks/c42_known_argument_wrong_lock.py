"""A known argument selects a lock, but the data index is a different known argument: a wronglock race."""
import threading
import time

locks = [threading.Lock(), threading.Lock()]
total = [0]


def lock_for(key):
    return locks[key]


def worker(worker_id):
    with lock_for(worker_id):
        value = total[0]
        time.sleep(0)
        total[0] = value + 1


threads = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total)
