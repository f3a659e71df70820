# A cache warmer: keys are loaded concurrently with a pool; the warmer waits at most 30 ms for all of
# VARIANT: the done set tested per future in the dict's order (19:1)
# them (concurrent.futures.wait with a timeout) and caches whatever finished; slow keys are left cold.
import time
from concurrent.futures import ThreadPoolExecutor, wait

LOAD_TIME_MS = {"home": 2, "profile": 5, "feed": 80, "settings": 1}
cache = {}
cold = []


def load(key):
    time.sleep(LOAD_TIME_MS[key] / 1000)
    return f"<{key}:{LOAD_TIME_MS[key]}>"


pool = ThreadPoolExecutor(max_workers=4)
futures = {pool.submit(load, key): key for key in LOAD_TIME_MS}
done, not_done = wait(futures, timeout=0.03)
for future, key in futures.items():
    if future in done:
        cache[key] = future.result()
    else:
        cold.append(key)
pool.shutdown(wait=True)

warm_count = len(cache)
print(f"warm={sorted(cache)} cold={sorted(cold)} count={warm_count}")
