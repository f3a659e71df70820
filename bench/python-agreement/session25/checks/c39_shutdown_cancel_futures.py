# check: shutdown(cancel_futures=True) cancels what has not started; the running task finishes
import threading
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()
ran = []


def task(n):
    gate.wait(1)
    ran.append(n)
    return n


pool = ThreadPoolExecutor(max_workers=1)
futures = [pool.submit(task, n) for n in range(4)]
threading.Timer(0.02, gate.set).start()
pool.shutdown(wait=True, cancel_futures=True)
cancelled = sum(1 for f in futures if f.cancelled())
count = len(ran)
print(cancelled, ran)
