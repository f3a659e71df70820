import threading
import time


class Pool:
    def __init__(self, size):
        self._slots = threading.Semaphore(size)
        self._lock = threading.Lock()
        self.in_use = 0
        self.peak = 0

    def __enter__(self):
        self._slots.acquire()
        with self._lock:
            self.in_use += 1
            if self.in_use > self.peak:
                self.peak = self.in_use
        return self

    def __exit__(self, exc_type, exc, tb):
        with self._lock:
            self.in_use -= 1
        self._slots.release()


def worker(pool, n, done):
    with pool as p:
        time.sleep(0.01)
        with p._lock:
            done.append(n)


pool = Pool(2)
done = []
threads = [threading.Thread(target=worker, args=(pool, i, done)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done", sorted(done), "peak", pool.peak, "in use", pool.in_use)
assert pool.peak <= 2
