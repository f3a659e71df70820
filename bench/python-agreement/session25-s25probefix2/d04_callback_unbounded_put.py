# a done callback that puts into an unbounded queue never waits: imports
import queue
from concurrent.futures import ThreadPoolExecutor

results = queue.Queue()


def on_done(future):
    results.put(future.result())


def job(n):
    return n * 10


pool = ThreadPoolExecutor(max_workers=2)
for n in range(3):
    pool.submit(job, n).add_done_callback(on_done)
pool.shutdown()
total = 0
while not results.empty():
    total += results.get()
print(total)
