"""The selector's parameter is changed by a loop before the lookup."""
import threading
import time

locks = [threading.Lock(), threading.Lock(), threading.Lock()]
total = [0]


def lock_for(key):
    for _ in range(key):
        key += 1
    return locks[key % 3]


def worker(key):
    with lock_for(key):
        value = total[0]
        time.sleep(0.001)
        total[0] = value + 1


threads = [threading.Thread(target=worker, args=(k,)) for k in (0, 1)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total)
