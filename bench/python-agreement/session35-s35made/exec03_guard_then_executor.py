# A guard clause whose `return` is decided at run time (a flag another thread sets), then an executor's
# `with` directly in the function's body and the `return` at its end: the executor and its futures are
# followed though the function returns early on one path.
import threading
import time
from concurrent.futures import ThreadPoolExecutor

log = []
stop = [0]


def job(n):
    log.append(n)
    return n * 2


def run(items):
    if stop[0]:
        return -1
    with ThreadPoolExecutor(max_workers=2) as ex:
        futures = [ex.submit(job, x) for x in items]
        total = sum(f.result() for f in futures)
    return total


def stopper():
    time.sleep(0.001)
    stop[0] = 1


t = threading.Thread(target=stopper)
t.start()
first = run([1, 2])
t.join()
second = run([3])
print(first, second, sorted(log))
