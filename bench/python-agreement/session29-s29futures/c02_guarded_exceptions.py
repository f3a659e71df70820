"""exception() of futures some of which a shutdown(cancel_futures=True) cancelled, guarded by cancelled()."""
import time
from concurrent.futures import ThreadPoolExecutor


def check(n: int) -> int:
    time.sleep(0.01)
    if n == 1:
        raise ValueError(n)
    return n


pool = ThreadPoolExecutor(max_workers=2)
futures = [pool.submit(check, n) for n in range(4)]
time.sleep(0.005)
pool.shutdown(wait=True, cancel_futures=True)
failed = 0
clean = 0
for f in futures:
    if f.cancelled():
        continue
    error = f.exception()
    if error is None:
        clean += 1
    else:
        failed += 1
print(f"failed={failed} clean={clean}")
assert failed + clean >= 2
