"""A class with __enter__/__exit__ that takes a lock and counts entries; __exit__ returning False lets errors pass."""
import threading
import time


class Guarded:
    def __init__(self):
        self._lock = threading.Lock()
        self.entries = 0
        self.value = 0

    def __enter__(self):
        self._lock.acquire()
        self.entries += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        self._lock.release()
        return False


guard = Guarded()


def add(n):
    with guard as g:
        current = g.value
        time.sleep(0.001)
        g.value = current + n


threads = [threading.Thread(target=add, args=(n,)) for n in (1, 2, 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(guard.value, guard.entries)
