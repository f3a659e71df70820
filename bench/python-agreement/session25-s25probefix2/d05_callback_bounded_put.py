# a done callback that puts into a full bounded queue blocks the one worker: CPython hangs
# (main waits for the second job before it takes the item); weft refuses the callback
import queue
from concurrent.futures import ThreadPoolExecutor

results = queue.Queue(maxsize=1)
results.put(0)


def on_done(future):
    results.put(future.result())


def job(n):
    return n


pool = ThreadPoolExecutor(max_workers=1)
f = pool.submit(job, 1)
f.add_done_callback(on_done)
g = pool.submit(job, 2)
second = g.result()
first = results.get()
pool.shutdown()
print(first, second)
