# per-thread connections in a pool (hasattr form): one worker thread opens one connection for four jobs
import threading
from concurrent.futures import ThreadPoolExecutor

local = threading.local()
opened = 0
lock = threading.Lock()


def query(n):
    global opened
    if not hasattr(local, "conn"):
        with lock:
            opened += 1
        local.conn = n
    return n


with ThreadPoolExecutor(max_workers=1) as pool:
    futures = [pool.submit(query, n) for n in range(4)]
print(opened)
