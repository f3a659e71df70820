# CPython 3.11.7, 10 runs: ok done=[2, 2] (10 of 10). weft explore (s20dicts): 1 outcome, ok, complete. weft-start: one `seen` list for both callbacks' runs (len(seen)=4), assertion_failed only, 'complete' (a silent error).
from concurrent.futures import ThreadPoolExecutor
import threading

done = []
lock = threading.Lock()

def work(n):
    return n * 2

def on_done(fut):
    seen = []
    seen.append(fut.result())
    seen.append(1)
    with lock:
        done.append(len(seen))

with ThreadPoolExecutor(max_workers=2) as pool:
    for n in [1, 2]:
        f = pool.submit(work, n)
        f.add_done_callback(on_done)
assert done == [2, 2], done
