# ThreadPoolExecutor(thread_name_prefix="fetch"): CPython names the workers fetch_0, fetch_1; the jobs print
# their thread's name (weft keeps it opaque: printed, not computed with) and race on an unlocked counter.
import threading
import time
from concurrent.futures import ThreadPoolExecutor

count = 0


def fetch(key):
    global count
    print(threading.current_thread().name, key)
    seen = count
    time.sleep(0.001)
    count = seen + 1
    return key


with ThreadPoolExecutor(max_workers=2, thread_name_prefix="fetch") as pool:
    futures = [pool.submit(fetch, k) for k in ("a", "b", "c")]
print(count)
