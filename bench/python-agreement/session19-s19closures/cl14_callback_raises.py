# A done callback that calls result() on a failed job raises; CPython logs it and goes on.
# CPython 3.11.7 (agree.py, 10 runs): ok done[0]=1 done[1]=3 len(done)=2 (10 of 10). weft explore: 2 outcome(s), complete, CPython's among them.
import threading
from concurrent.futures import ThreadPoolExecutor

done = []
lock = threading.Lock()


def work(n):
    if n == 2:
        raise ValueError("two")
    return n


def collect(future):
    value = future.result()
    with lock:
        done.append(value)


with ThreadPoolExecutor(max_workers=2) as pool:
    for n in [1, 2, 3]:
        pool.submit(work, n).add_done_callback(collect)
print(sorted(done))
