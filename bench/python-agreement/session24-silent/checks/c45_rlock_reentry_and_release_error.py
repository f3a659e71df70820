import threading

lock = threading.RLock()
log = []


def inner():
    with lock:
        log.append("inner")


def outer():
    with lock:
        inner()
        log.append("outer")
    try:
        lock.release()
    except RuntimeError:
        log.append("error")


t = threading.Thread(target=outer)
t.start()
t.join()
print(log)
