"""A dropped `return int("x")` (ValueError) at `with_lock`, called from assigned."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    with LOCK:
        return int("x")


try:
    value = job("bad", "abc")
    log.append("no error")
except ValueError:
    log.append("caught")
print(log)
