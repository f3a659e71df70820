# A @contextmanager with `global`, used in a method of a thread subclass under a lock.
import threading
from contextlib import contextmanager

lock = threading.Lock()
opened = 0
closed = 0


@contextmanager
def session():
    global opened, closed
    with lock:
        opened += 1
    yield
    with lock:
        closed += 1


class Client(threading.Thread):
    def run(self) -> None:
        with session():
            pass


clients = [Client() for _ in range(3)]
for c in clients:
    c.start()
for c in clients:
    c.join()
print(opened, closed)
assert opened == 3 and closed == 3
