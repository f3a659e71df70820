# A slug cache guarded by an RLock; public methods call each other while holding it.
import threading

TITLES = ["Hello World", "Threads in Python", "hello world", "Locks & Keys"]


class SlugCache:
    def __init__(self):
        self._lock = threading.RLock()
        self.cache = {}
        self.misses = 0
        self.hits = 0

    def _slugify(self, title):
        words = [w.lower() for w in title.replace("&", "and").split()]
        return "-".join(words)

    def get(self, title):
        with self._lock:
            key = title.lower()
            if key in self.cache:
                self.hits += 1
                return self.cache[key]
            return self._store(key, title)

    def _store(self, key, title):
        with self._lock:
            self.misses += 1
            slug = self._slugify(title)
            self.cache[key] = slug
            return slug


slugs = SlugCache()
results = {}


def worker(titles):
    for title in titles:
        results[title] = slugs.get(title)


if __name__ == "__main__":
    halves = [TITLES[:2], TITLES[2:]]
    threads = [threading.Thread(target=worker, args=(h,)) for h in halves]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert slugs.hits + slugs.misses == len(TITLES)
    assert slugs.misses == 3
