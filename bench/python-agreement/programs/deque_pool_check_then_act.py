# Known bug: the pool hands out one connection twice (check then popleft without the lock)
import threading
import time
from collections import deque

class Pool:
    def __init__(self):
        self.free = deque([1, 2])
        self.lock = threading.Lock()
        self.handed = 0

    def take(self):
        if len(self.free) > 0:
            time.sleep(0.001)
            conn = self.free.popleft()
            with self.lock:
                self.handed += 1
            return conn
        return None

pool = Pool()
ts = [threading.Thread(target=pool.take) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(pool.handed, list(pool.free))
