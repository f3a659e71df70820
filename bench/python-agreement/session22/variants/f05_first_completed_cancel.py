import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def mirror(name, delay):
    time.sleep(delay)
    return name


with ThreadPoolExecutor(max_workers=2) as pool:
    futs = [pool.submit(mirror, "eu", 0.05), pool.submit(mirror, "us", 0.01),
            pool.submit(mirror, "asia", 0.02), pool.submit(mirror, "sa", 0.03)]
    done, pending = wait(futs, return_when=FIRST_COMPLETED)
    winner = next(iter(done)).result()
    cancelled = 0
    for f in futs:
        if f.cancel():
            cancelled += 1

print("winner", winner)
print("cancelled", cancelled)
print("done")
