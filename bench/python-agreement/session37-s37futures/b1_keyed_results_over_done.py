# Results stored per key over the done set of concurrent.futures.wait (ALL_COMPLETED): each future's
# key is its own, so the dict is the same whatever order CPython walks the set in.
import time
from concurrent.futures import ThreadPoolExecutor, wait

SIZES = {"a.txt": 3, "b.txt": 1, "c.txt": 2}
sizes = {}
total = 0


def measure(name):
    time.sleep(SIZES[name] / 1000)
    return SIZES[name] * 100


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = {pool.submit(measure, name): name for name in SIZES}
    done, _ = wait(futures)
    for future in done:
        sizes[futures[future]] = future.result()
        total += future.result()

print(f"sizes={dict(sorted(sizes.items()))} total={total}")
