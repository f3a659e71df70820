# An exception inside `with lock:` releases the lock; another thread then takes it.
import threading

lock = threading.Lock()
log = []


def failing():
    try:
        with lock:
            log.append("in")
            raise RuntimeError("boom")
    except RuntimeError:
        log.append("caught")


def other():
    with lock:
        log.append("other")


a = threading.Thread(target=failing)
a.start()
a.join()
b = threading.Thread(target=other)
b.start()
b.join()
print(log)
