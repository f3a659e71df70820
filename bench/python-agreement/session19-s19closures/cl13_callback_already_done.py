# A callback added to a future already done runs at once in the adding thread, before add_done_callback returns.
# CPython 3.11.7 (agree.py, 10 runs): ok len(ran)=1 ran[0]=7 seen=1 (10 of 10). weft explore: 2 outcome(s), complete, CPython's among them;
# since session 34 1 outcome, CPython's (the callback runs at once in the adder).
import threading
from concurrent.futures import ThreadPoolExecutor, wait

ran = []
lock = threading.Lock()


def work(n):
    return n


def mark(future):
    with lock:
        ran.append(future.result())


with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(work, 7)
    wait([f])
    f.add_done_callback(mark)
    seen = len(ran)
print(seen, ran)
