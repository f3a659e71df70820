"""Workers made by a closure factory (`make_worker(n, locked)` returns `worker`): the unlocked one races the
locked one, so updates are lost (CPython: 3 every run; weft also lists 1 and 2)."""
import threading
counter = 0
lock = threading.Lock()
def make_worker(n, locked=False):
    """Returns a worker adding 1, n times."""
    def worker():
        global counter
        for _ in range(n):
            if locked:
                with lock:
                    counter += 1
            else:
                counter += 1
    return worker
workers = [make_worker(2), make_worker(1, locked=True)]
threads = [threading.Thread(target=w) for w in workers]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
