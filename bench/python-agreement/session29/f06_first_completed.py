import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

winner = 0
cancelled = 0


def mirror(number, delay):
    time.sleep(delay)
    return number


pool = ThreadPoolExecutor(max_workers=1)
futs = [pool.submit(mirror, 1, 0.002), pool.submit(mirror, 2, 0.002), pool.submit(mirror, 3, 0.002)]
done, not_done = wait(futs, timeout=1, return_when=FIRST_COMPLETED)
winner = done.pop().result()
for f in not_done:
    if f.cancel():
        cancelled += 1
pool.shutdown(wait=True)
print("winner", winner, "cancelled", cancelled)
