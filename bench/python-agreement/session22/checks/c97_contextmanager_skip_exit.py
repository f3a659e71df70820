import contextlib
import threading

lock = threading.Lock()
log = []
items = []


@contextlib.contextmanager
def traced():
    with lock:
        log.append("enter")
        yield
        log.append("exit")


def worker():
    try:
        with traced():
            value = items[3]
            log.append(f"value {value}")
    except IndexError:
        log.append("caught")


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
