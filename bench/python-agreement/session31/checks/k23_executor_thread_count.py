# how many distinct worker threads a ThreadPoolExecutor(3) uses for 4 quick jobs submitted in a row
import threading
from concurrent.futures import ThreadPoolExecutor

idents = set()
lock = threading.Lock()


def job(n):
    with lock:
        idents.add(threading.get_ident())
    return n


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(job, n) for n in range(4)]
    total = sum(f.result() for f in futures)
threads_used = len(idents)
print(threads_used, total)
