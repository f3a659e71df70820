import contextlib
import threading

lock = threading.Lock()
log = []


@contextlib.contextmanager
def traced(name):
    with lock:
        log.append(f"enter {name}")
        yield
        log.append(f"exit {name}")


@contextlib.contextmanager
def guarded(name):
    log.append(f"open {name}")
    try:
        yield
    finally:
        log.append(f"close {name}")


def worker(name):
    try:
        with traced(name):
            raise ValueError(name)
    except ValueError:
        log.append(f"caught {name}")
    try:
        with guarded(name):
            raise KeyError(name)
    except KeyError:
        log.append(f"caught2 {name}")


t = threading.Thread(target=worker, args=("a",))
t.start()
t.join()
print(log)
