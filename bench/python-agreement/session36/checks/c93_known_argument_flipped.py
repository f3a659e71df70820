"""Both threads pass key 0; one asks the selector to flip it, so the two use different locks and race."""
import threading
import time

locks = [threading.Lock(), threading.Lock()]
total = [0]


def lock_for(key, flip):
    if flip:
        key = 1 - key
    return locks[key]


def worker(flip):
    with lock_for(0, flip):
        value = total[0]
        time.sleep(0.001)
        total[0] = value + 1


threads = [threading.Thread(target=worker, args=(f,)) for f in (False, True)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total)
