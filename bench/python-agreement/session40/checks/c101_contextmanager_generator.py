# Check: a @contextmanager generator around a lock; the code after yield runs in a finally even when the body raises. Bug: none.
import threading
from contextlib import contextmanager

lock = threading.Lock()
entered = 0
exited = 0
caught = 0


@contextmanager
def held(l):
    global entered, exited
    l.acquire()
    entered += 1
    try:
        yield
    finally:
        exited += 1
        l.release()


def worker(fail):
    global caught
    try:
        with held(lock):
            if fail:
                raise KeyError("x")
    except KeyError:
        caught += 1


ts = [threading.Thread(target=worker, args=(f,)) for f in (False, True)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(f"entered={entered} exited={exited} caught={caught}")
