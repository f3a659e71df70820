# A decorator wraps a function with a lock; the decorated additions never lose an update.
# CPython 3.11.7 (agree.py, 10 runs): ok balance=60 (10 of 10). weft explore: 1 outcome(s), complete, CPython's among them.
import functools
import threading

lock = threading.Lock()
balance = 0


def synchronized(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        with lock:
            return fn(*args, **kwargs)
    return wrapper


@synchronized
def deposit(amount):
    global balance
    current = balance
    balance = current + amount


threads = [threading.Thread(target=deposit, args=(a,)) for a in (10, 20, 30)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(balance)
