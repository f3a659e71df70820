# BUG: a method holding a plain Lock calls another method that takes it again: the thread blocks on itself
import threading


class Cache:
    def __init__(self):
        self.lock = threading.Lock()
        self.size = 0

    def add(self):
        with self.lock:
            self.size += 1
            self.trim()

    def trim(self):
        with self.lock:
            if self.size > 2:
                self.size = 2


cache = Cache()
t = threading.Thread(target=cache.add, daemon=True)
t.start()
t.join(timeout=0.5)
stuck = 1 if t.is_alive() else 0
print(stuck)
