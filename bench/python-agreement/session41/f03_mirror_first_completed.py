# bug: none
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, ALL_COMPLETED
import time


def fetch(mirror, delay):
    time.sleep(delay)
    return f"{mirror}:ok"


mirrors = [("eu", 0.004), ("us", 0.001), ("asia", 0.008)]
pool = ThreadPoolExecutor(max_workers=3)
futs = [pool.submit(fetch, m, d) for m, d in mirrors]
done, pending = wait(futs, return_when=FIRST_COMPLETED)
first = sorted(f.result() for f in done)
done2, pending2 = wait(futs, timeout=1.0, return_when=ALL_COMPLETED)
pool.shutdown(wait=True)
print(f"first={first} pending_at_first={len(pending)} all={len(done2)} left={len(pending2)}")
