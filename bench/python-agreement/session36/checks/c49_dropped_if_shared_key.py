"""A dropped return in an if that reads a module dict's missing key: agrees (the read is a step)."""
import threading

DATA = {"none": None, "num": 4, "zero": 0}
ROW = [1, 2]
log = []


def lookup(key):
    if key:
        return DATA[key]
    return 0


def worker():
    try:
        lookup("missing")
        log.append("no error")
    except Exception as error:
        log.append(type(error).__name__)


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
