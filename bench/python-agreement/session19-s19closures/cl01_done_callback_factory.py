# Done callbacks made by a closure factory record results under a lock.
# CPython 3.11.7 (agree.py, 10 runs): ok failures[0]=3 len(failures)=1 len(sizes)=2 sizes[1]=10 sizes[2]=20 (10 of 10). weft explore: 1 outcome(s), complete, CPython's among them.
import threading
from concurrent.futures import ThreadPoolExecutor

lock = threading.Lock()
sizes = {}
failures = []


def size(n):
    if n == 3:
        raise ValueError("bad")
    return n * 10


def make_callback(name):
    def on_done(future):
        with lock:
            if future.exception() is not None:
                failures.append(name)
            else:
                sizes[name] = future.result()
    return on_done


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        for n in [1, 2, 3]:
            future = pool.submit(size, n)
            future.add_done_callback(make_callback(n))
    print(len(sizes), failures)
