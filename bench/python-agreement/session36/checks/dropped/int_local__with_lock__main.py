"""A dropped `return int(text)` (ValueError) at `with_lock`, called from main."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    with LOCK:
        return int(text)


try:
    job("bad", "abc")
    log.append("no error")
except ValueError:
    log.append("caught")
print(log)
