# Two threads each pass their own parameter to a @contextmanager that holds a lock around the body:
# the entries of one thread never interleave with the other's.
import contextlib
import threading

log = []
lock = threading.Lock()


@contextlib.contextmanager
def traced(name):
    with lock:
        log.append(f"enter {name}")
        yield
        log.append(f"exit {name}")


def worker(name):
    with traced(name):
        log.append(f"body {name}")


threads = [threading.Thread(target=worker, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)
