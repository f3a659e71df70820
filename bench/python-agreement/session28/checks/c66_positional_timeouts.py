import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor

q: queue.Queue = queue.Queue(maxsize=1)
lock = threading.Lock()
empty_hit = 0
full_hit = 0
lock_got = -1
lock_got_nb = -1
result_timeout = 0


def nap() -> None:
    time.sleep(0.05)


def hold() -> None:
    with lock:
        time.sleep(0.05)


try:
    q.get(True, 0.01)
except queue.Empty:
    empty_hit = 1
q.put(1)
try:
    q.put(2, False)
except queue.Full:
    full_hit = 1
holder = threading.Thread(target=hold)
holder.start()
time.sleep(0.01)
lock_got = int(lock.acquire(True, 0.01))
lock_got_nb = int(lock.acquire(False))
holder.join()
with ThreadPoolExecutor(1) as pool:
    fut = pool.submit(nap)
    try:
        fut.result(0.01)
    except TimeoutError:
        result_timeout = 1
print(empty_hit, full_hit, lock_got, lock_got_nb, result_timeout)
assert (empty_hit, full_hit, lock_got, lock_got_nb, result_timeout) == (1, 1, 0, 0, 1)
