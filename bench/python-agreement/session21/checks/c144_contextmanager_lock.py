# a @contextmanager around a lock that logs entry and exit, used from threads
import threading
from contextlib import contextmanager

lock = threading.Lock()
log = []
balance = 0


@contextmanager
def guarded(name):
    with lock:
        log.append("enter " + name)
        try:
            yield
        finally:
            log.append("exit " + name)


def deposit(name, amount):
    global balance
    with guarded(name):
        balance += amount


threads = [threading.Thread(target=deposit, args=(n, a)) for n, a in (("a", 10), ("b", 5))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(balance, len(log))
