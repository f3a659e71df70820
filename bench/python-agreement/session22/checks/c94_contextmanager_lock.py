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


def worker(name):
    with traced(name):
        log.append(f"work {name}")


threads = [threading.Thread(target=worker, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)
