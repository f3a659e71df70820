# Expected: each key is computed exactly once (computed == 2, cache size 2) under an RLock; no bug
import threading
import time


class Cache:
    def __init__(self):
        self._lock = threading.RLock()
        self.data = {}
        self.computed = 0
        self.hits = 0

    def put(self, key, value):
        with self._lock:
            self.data[key] = value

    def get_or_compute(self, key):
        with self._lock:
            if key in self.data:
                self.hits += 1
                return self.data[key]
            time.sleep(0.001)  # expensive computation, done while holding the lock
            self.computed += 1
            value = key * 10
            self.put(key, value)  # re-enters the RLock
            return value


cache = Cache()


def client(keys):
    for k in keys:
        cache.get_or_compute(k)


def main():
    threads = [threading.Thread(target=client, args=(ks,)) for ks in ([1, 2], [2, 1], [1])]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"computed={cache.computed} hits={cache.hits} size={len(cache.data)}")


if __name__ == "__main__":
    main()
