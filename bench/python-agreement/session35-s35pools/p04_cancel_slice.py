# Slices of a list of futures: a one-worker pool blocked on its first job; the queued jobs are cancelled
# through slices, with a step and from the end.
import threading
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()
ran = []
cancelled = []


def step(n):
    if n == 0:
        gate.wait()
    ran.append(n)
    return n * 10


with ThreadPoolExecutor(max_workers=1) as pool:
    futures = [pool.submit(step, n) for n in range(6)]
    for f in futures[1::2]:
        cancelled.append(f.cancel())
    for f in futures[-2:]:
        cancelled.append(f.cancel())
    gate.set()

print("ran", ran, "cancelled", cancelled)
