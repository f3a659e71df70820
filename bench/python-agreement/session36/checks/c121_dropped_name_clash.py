"""A dropped return value (evaluated into a temporary `dropped`) in a function that has a local `dropped`."""
import threading

log = []


def parse(text):
    dropped = len(text)
    log.append(dropped)
    return int(text) + dropped


def worker():
    try:
        parse("x1")
        log.append("no error")
    except ValueError:
        log.append("caught")


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
