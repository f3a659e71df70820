"""a, b = f(), g() where g raises: CPython stores neither."""
import threading

a = 0
b = 0
log = []


def f():
    log.append("f")
    return 1


def g(text):
    log.append("g")
    return int(text)


def worker():
    global a, b
    try:
        a, b = f(), g("x")
    except ValueError:
        log.append("caught")


t = threading.Thread(target=worker)
t.start()
t.join()
print(a, b, log)
