# BUG: lazy initialisation without a lock: two threads can both build the connection pool (SCTBench lazy01)
import threading


class Pool:
    created = 0

    def __init__(self, size):
        self.size = size
        self.free = [0, 1, 2]


_pool = None
results = {}


def get_pool():
    global _pool
    if _pool is None:
        _pool = Pool(3)
        Pool.created += 1
    return _pool


def worker(name):
    pool = get_pool()
    conn = pool.size
    results[name] = conn


workers = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()

created = Pool.created
distinct = len(set(results.values()))
print(f"created={created} distinct={distinct} results={dict(sorted(results.items()))}")
assert created == 1, "pool built twice"
