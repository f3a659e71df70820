# ThreadPoolExecutor() without max_workers: CPython 3.5 to 3.7 give it os.cpu_count() * 5 threads, 3.8 and
# later min(32, os.cpu_count() + 4). On a 2-core machine 3.7's pool (10 threads) runs the opener beside the
# nine waiters (late == 0); 3.11's (6 threads) runs it only after six waiters timed out... (late > 0).
import threading
from concurrent.futures import ThreadPoolExecutor

go = threading.Event()
timed_out = []


def waiter():
    if not go.wait(0.1):
        timed_out.append(1)


def opener():
    go.set()


with ThreadPoolExecutor() as pool:
    futures = [pool.submit(waiter) for _ in range(9)]
    last = pool.submit(opener)
late = len(timed_out)
print(late)
