# BUG: each job bumps a shared counter with a read, a sleep and a write (no lock), so updates are lost;
# the failures picked out of the done set are counted correctly, the counter is not.
import time
from concurrent.futures import ThreadPoolExecutor, wait

counter = 0
failures = 0


def work(n):
    global counter
    seen = counter
    time.sleep(0.001)
    counter = seen + 1
    if n % 2:
        raise ValueError(n)
    return n


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(work, n) for n in range(4)]
    done, _ = wait(futures)
    failed = [f for f in done if f.exception() is not None]
    for f in failed:
        failures += 1

assert counter == 4, f"counter={counter}"
print(f"counter={counter} failures={failures}")
