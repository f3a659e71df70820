# per-thread connections in a pool: a worker thread's threading.local outlives one job
import threading
from concurrent.futures import ThreadPoolExecutor

local = threading.local()
opened = 0
lock = threading.Lock()


def query(n):
    global opened
    conn = getattr(local, "conn", None)
    if conn is None:
        with lock:
            opened += 1
        local.conn = "connection"
    return n


with ThreadPoolExecutor(max_workers=1) as pool:
    results = list(pool.map(query, range(4)))
print(opened)
