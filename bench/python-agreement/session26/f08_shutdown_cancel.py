import threading
import time
from concurrent.futures import ThreadPoolExecutor

started = threading.Event()
ran: list[int] = []


def task(n: int) -> int:
    if n == 0:
        started.set()
    time.sleep(0.03)
    ran.append(n)
    return n


executor = ThreadPoolExecutor(max_workers=1)
futures = [executor.submit(task, n) for n in range(5)]
started.wait()
executor.shutdown(wait=False, cancel_futures=True)
cancelled = [f.cancelled() for f in futures].count(True)
first = futures[0].result()
ran_count = len(ran)
print(f"cancelled={cancelled} first={first} ran={ran}")
assert cancelled == 4 and ran == [0]
