# ThreadPoolExecutor() default size: six jobs each wait on one Event that only the sixth job sets;
# with 6 worker threads (CPython on 2 cores) all finish at once, with 5 the first five time out
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
    futures = [pool.submit(waiter) for _ in range(5)]
    last = pool.submit(opener)
late = len(timed_out)
print(late)
