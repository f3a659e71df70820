# functools.partial as a done callback: the tag is bound early, the future comes last.
# CPython 3.11.7 (agree.py, 10 runs): ok len(results)=2 results[0]=102 results[1]=204 (10 of 10). weft explore: 2 outcome(s), complete, CPython's among them.
import threading
from concurrent.futures import ThreadPoolExecutor
from functools import partial

results = []
lock = threading.Lock()


def work(n):
    return n * 2


def record(tag, future):
    with lock:
        results.append(tag + future.result())


with ThreadPoolExecutor(max_workers=2) as pool:
    for n in [1, 2]:
        f = pool.submit(work, n)
        f.add_done_callback(partial(record, 100 * n))
print(sorted(results))
