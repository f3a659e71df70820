"""`dict(zip(names, pool.map(f, names)))`: the map's results paired with their inputs in a dict."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor

calls: list[str] = []
calls_lock = threading.Lock()
DELAYS = {"auth": 0.004, "db": 0.001, "cache": 0.002}


def probe(name: str) -> str:
    time.sleep(DELAYS[name])
    with calls_lock:
        calls.append(name)
    return name.upper()


names = ["auth", "db", "cache"]
with ThreadPoolExecutor(max_workers=2) as pool:
    status = dict(zip(names, pool.map(probe, names)))
print(status, calls)
assert status == {"auth": "AUTH", "db": "DB", "cache": "CACHE"}
