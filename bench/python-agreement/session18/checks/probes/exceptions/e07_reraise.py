import threading

log = []

def inner():
    try:
        raise ValueError()
    except ValueError:
        log.append("inner")
        raise

def worker():
    try:
        inner()
    except ValueError:
        log.append("outer")

t = threading.Thread(target=worker)
t.start()
t.join()
