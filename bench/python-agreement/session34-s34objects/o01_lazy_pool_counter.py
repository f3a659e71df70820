# BUG: lazy-init race: two threads can both see _pool is None and each make a Pool, so Pool.made reaches 2 or 3
import threading
import time


class Pool:
    made = 0

    def __init__(self, size):
        time.sleep(0.001)  # opening connections
        Pool.made += 1
        self.size = size
        self.serial = Pool.made


_pool = None
serial_seen = {}


def get_pool():
    global _pool
    if _pool is None:
        _pool = Pool(size=2)
    return _pool


def handle(request_id):
    pool = get_pool()
    serial_seen[request_id] = pool.serial


threads = [threading.Thread(target=handle, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
made = Pool.made
final_serial = _pool.serial
print("made", made, "serials", sorted(serial_seen.values()), "final", final_serial)
