# BUG: check-then-act lazy initialisation: two threads both see no connection pool and both build one
import threading
import time

_pool = None
pools_created = 0


class ConnectionPool:
    def __init__(self, size: int) -> None:
        global pools_created
        time.sleep(0.005)  # open the sockets
        pools_created += 1
        self.size = size


def get_pool() -> ConnectionPool:
    global _pool
    if _pool is None:
        _pool = ConnectionPool(4)
    return _pool


sizes: list[int] = []


def handle_request(request_id: int) -> None:
    pool = get_pool()
    sizes.append(pool.size)


workers = [threading.Thread(target=handle_request, args=(i,)) for i in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(f"pools created: {pools_created}, sizes: {sizes}")
assert pools_created == 1, "connection pool built twice"
