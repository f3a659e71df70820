"""shutdown(wait=False) then shutdown(wait=True): the second call waits for the jobs still running."""
import time
from concurrent.futures import ThreadPoolExecutor

finished: list[int] = []


def job(n: int) -> int:
    time.sleep(0.02)
    finished.append(n)
    return n


pool = ThreadPoolExecutor(max_workers=2)
futures = [pool.submit(job, n) for n in range(3)]
pool.shutdown(wait=False)
seen_early = len(finished)
pool.shutdown(wait=True)
seen_late = len(finished)
pool.shutdown()
print(f"early={seen_early} late={seen_late}")
assert seen_late == 3
