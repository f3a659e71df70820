"""Download from mirrors with as_completed; record the order of arrival and the sizes."""
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

MIRRORS = {"eu.example.org": 3, "us.example.org": 1, "asia.example.org": 2}


def fetch(host):
    latency_ms = MIRRORS[host]
    time.sleep(latency_ms / 1000)
    return len(host) * 100


sizes = {}
arrivals = []
with ThreadPoolExecutor(max_workers=3) as ex:
    future_to_host = {ex.submit(fetch, host): host for host in MIRRORS}
    for fut in as_completed(future_to_host):
        host = future_to_host[fut]
        sizes[host] = fut.result()
        arrivals.append(host)

print("sizes:", sorted(sizes.items()))
print("total bytes:", sum(sizes.values()))
print("all arrived:", len(arrivals) == len(MIRRORS))
