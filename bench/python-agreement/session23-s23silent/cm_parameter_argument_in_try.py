# A @contextmanager given the thread function's own parameter, inside a `try`: session22/repro/n02, refused before under a name the program does not have (`traced_name`); imports since session 23.
import contextlib
import threading

log = []


@contextlib.contextmanager
def traced(name):
    log.append(f"enter {name}")
    yield
    log.append(f"exit {name}")


def worker(name):
    try:
        with traced(name):
            raise ValueError(name)
    except ValueError:
        log.append(f"caught {name}")


t = threading.Thread(target=worker, args=("a",))
t.start()
t.join()
print(log)
