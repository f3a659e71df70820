"""A dropped `return int("x")` (ValueError) at `while`, called from assigned."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    while True:
        return int("x")


try:
    value = job("bad", "abc")
    log.append("no error")
except ValueError:
    log.append("caught")
print(log)
