import queue
import threading
from concurrent.futures import ThreadPoolExecutor

lock = threading.Lock()
sem = threading.Semaphore(0)
q = queue.Queue()
texts = []


def job():
    return 5


def worker():
    a = lock.acquire(timeout=0.01)
    texts.append(f"lock {a}")
    b = sem.acquire(timeout=0.01)
    texts.append(f"sem {b}")
    c = q.empty()
    texts.append(f"empty {c}")
    d = q.full()
    texts.append(f"full {d}")


t = threading.Thread(target=worker)
t.start()
t.join()
with ThreadPoolExecutor(max_workers=1) as ex:
    fut = ex.submit(job)
    r = fut.result()
print(texts)
