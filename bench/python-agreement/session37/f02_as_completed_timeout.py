# Health checks with as_completed and a timeout: the slow service is reported as timed out, the rest as up or down.
import time
from concurrent.futures import ThreadPoolExecutor, as_completed, TimeoutError

SERVICES = {"auth": 0.001, "db": 0.002, "billing": 0.3, "search": 0.001}
BROKEN = {"search"}
status = {}


def check(name, latency):
    time.sleep(latency)
    if name in BROKEN:
        raise RuntimeError(f"{name}: 503")
    return name


pool = ThreadPoolExecutor(max_workers=4)
futures = {pool.submit(check, name, latency): name for name, latency in SERVICES.items()}
try:
    for future in as_completed(futures, timeout=0.1):
        name = futures[future]
        try:
            future.result()
            status[name] = "up"
        except RuntimeError:
            status[name] = "down"
except TimeoutError:
    for future, name in futures.items():
        if not future.done():
            status[name] = "timeout"
pool.shutdown(wait=True)

up = sum(1 for s in status.values() if s == "up")
print(f"up={up} status={dict(sorted(status.items()))}")
