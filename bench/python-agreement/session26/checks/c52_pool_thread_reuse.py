import threading
import time
from concurrent.futures import ThreadPoolExecutor

names: set[str] = set()
lock = threading.Lock()


def quick(n: int) -> int:
    with lock:
        names.add(threading.current_thread().name)
    return n


with ThreadPoolExecutor(max_workers=3) as pool:
    for n in range(3):
        pool.submit(quick, n)
        time.sleep(0.01)
distinct = len(names)
print(distinct, sorted(names))
