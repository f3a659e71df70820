# Double-checked locking done right: one instance, however the threads interleave.
import threading
import time


class Service:
    made = 0

    def __init__(self):
        Service.made += 1
        self.name = "svc"


_service = None
_lock = threading.Lock()
holders = [None, None, None, None]


def get_service():
    global _service
    if _service is None:
        time.sleep(0.0005)
        with _lock:
            if _service is None:
                _service = Service()
    return _service


def worker(i):
    holders[i] = get_service()


threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
made = Service.made
distinct = len(set(holders))
print("made", made, "distinct", distinct)
