# CPython 3.11 on this 2-core machine: ThreadPoolExecutor() has min(32, os.cpu_count() + 4) = 6 threads, the
# sixth job sets the Event at once, late == 0 (10/10). weft explore (default machine, 1 core: 5 threads) says
# "complete" with late 1 to 5 only; with --cores 2 it is complete with late == 0, CPython's state.
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
