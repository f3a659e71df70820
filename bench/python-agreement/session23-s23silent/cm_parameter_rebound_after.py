# A @contextmanager given a parameter that the function rebinds inside the `with`'s body: the manager
# keeps the value passed at the call ("a"), so its exit line says "exit a" although `name` is now "b".
import contextlib
import threading

log = []


@contextlib.contextmanager
def traced(name):
    log.append(f"enter {name}")
    yield
    log.append(f"exit {name}")


def worker(name):
    with traced(name):
        name = "b"
        log.append(f"body {name}")


t = threading.Thread(target=worker, args=("a",))
t.start()
t.join()
print(log)
