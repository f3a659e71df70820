"""A @contextmanager that holds a lock around the with-body and logs enter/exit."""
import threading
from contextlib import contextmanager

lock = threading.Lock()
log = []
total = 0


@contextmanager
def locked(name):
    with lock:
        log.append(f"in {name}")
        yield
        log.append(f"out {name}")


def add(name, n):
    global total
    with locked(name):
        total += n


threads = [threading.Thread(target=add, args=(f"t{n}", n)) for n in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
pairs_ok = int(log[0][3:] == log[1][4:] and log[2][3:] == log[3][4:])
print(total, pairs_ok, log)
