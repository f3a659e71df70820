# CPython 3.11.7 (10 runs): 1 1 True every run
# a function called inside try/finally raises in some interleavings: the finally releases the lock on the way out
import threading

lock = threading.Lock()
stock = [1]
sold = []
refused = []


def take():
    if stock[0] <= 0:
        raise ValueError("sold out")
    stock[0] -= 1


def buyer(name):
    try:
        lock.acquire()
        try:
            take()
            sold.append(name)
        finally:
            lock.release()
    except ValueError:
        refused.append(name)


threads = [threading.Thread(target=buyer, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
free = lock.acquire(blocking=False)
print(len(sold), len(refused), free)
