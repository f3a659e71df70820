# A connection pool with a Semaphore: every request takes a connection and gives it back in `finally`;
# one request hits a missing key in the cache while it holds its connection.
import threading
from concurrent.futures import ThreadPoolExecutor

CACHE = {"/home": "<h1>home</h1>", "/about": "<h1>about</h1>"}
connections = threading.Semaphore(1)
served = []


def handle(path):
    connections.acquire()
    try:
        body = CACHE[path]
        served.append(path)
        return len(body)
    finally:
        connections.release()


paths = ["/home", "/missing", "/about"]
with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(handle, p) for p in paths]
sizes = []
errors = 0
for f in futures:
    if f.exception() is None:
        sizes.append(f.result())
    else:
        errors += 1
print(f"served={sorted(served)} sizes={sorted(sizes)} errors={errors}")
