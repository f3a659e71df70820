# BUG: lazy-init race: two threads can both see _instance is None and build two connection pools
# (t03 with the pool kept as its id: weft refuses an instance made inside an `if` (v1), a class counter
# in `__init__` (v1), an index known only at run time (v2) and an instance as a global's value (v3))
import threading
import time

created = 0
_instance = None


def get_pool():
    global _instance, created
    if _instance is None:
        time.sleep(0.001)  # reading settings from disk
        created += 1
        _instance = created
    return _instance


pools_seen = {}


def handle_request(worker_id):
    pools_seen[worker_id] = get_pool()


workers = [threading.Thread(target=handle_request, args=(n,)) for n in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()

print("created", created, "distinct", len(set(pools_seen.values())), "final", _instance)
