# BUG: lazy-init race: two threads can both see _instance is None and build two connection pools
import threading
import time


class ConnectionPool:
    def __init__(self, size, pool_id):
        self.size = size
        self.id = pool_id


_instance = None
_pools = [ConnectionPool(4, 1), ConnectionPool(4, 2), ConnectionPool(4, 3)]
created = 0


def get_pool():
    global _instance, created
    if _instance is None:
        time.sleep(0.001)  # reading settings from disk
        created += 1
        if created == 1:
            _instance = _pools[0]
        else:
            _instance = _pools[1]
    return _instance


pools_seen = {}


def handle_request(worker_id):
    pool = get_pool()
    pools_seen[worker_id] = pool.id


workers = [threading.Thread(target=handle_request, args=(n,)) for n in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()

print("created", created, "distinct", len(set(pools_seen.values())), "final", _instance.id)
