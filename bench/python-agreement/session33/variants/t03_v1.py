# BUG: lazy-init race: two threads can both see _instance is None and build two connection pools
import threading
import time


class ConnectionPool:
    created = 0

    def __init__(self, size):
        ConnectionPool.created += 1
        self.size = size
        self.id = ConnectionPool.created


_instance = None
_pools = [ConnectionPool(size=4), ConnectionPool(size=4)]
ConnectionPool.created = 0


def get_pool():
    global _instance
    if _instance is None:
        time.sleep(0.001)  # reading settings from disk
        ConnectionPool.created += 1
        _instance = _pools[ConnectionPool.created - 1]
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

print("created", ConnectionPool.created, "distinct", len(set(pools_seen.values())), "final", _instance.id)
