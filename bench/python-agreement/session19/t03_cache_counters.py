# BUG: the hit counter is bumped outside the lock (read-modify-write races), so hits get lost
import threading
from collections import Counter
from dataclasses import dataclass, field


@dataclass
class CacheStats:
    hits: int = 0
    misses: int = 0


class LookupCache:
    def __init__(self):
        self.data = {}
        self.stats = CacheStats()
        self.lock = threading.RLock()

    def get(self, key, loader):
        with self.lock:
            if key in self.data:
                found = True
            else:
                found = False
                self.data[key] = loader(key)
                self.stats.misses += 1
        if found:
            self.stats.hits += 1  # outside the lock
        return self.data[key]


def square(key):
    return key * key


cache = LookupCache()
KEYS = [1, 2, 1, 3, 2, 1, 3, 3]
lookups = Counter()
lookups_lock = threading.Lock()


def client(keys):
    for k in keys:
        cache.get(k, square)
        with lookups_lock:
            lookups[str(k)] += 1


if __name__ == "__main__":
    threads = [threading.Thread(target=client, args=(KEYS,)) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    hits = cache.stats.hits
    misses = cache.stats.misses
    assert hits + misses == 3 * len(KEYS), f"hits={hits} misses={misses}"
