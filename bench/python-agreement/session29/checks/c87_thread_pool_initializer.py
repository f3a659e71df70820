import threading
from concurrent.futures import ThreadPoolExecutor

inits = 0
lock = threading.Lock()


def init():
    global inits
    with lock:
        inits += 1


def work(x):
    return x + 1


with ThreadPoolExecutor(max_workers=3, initializer=init) as ex:
    out = list(ex.map(work, range(2)))
total = sum(out)
print(inits, total)
