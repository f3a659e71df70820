"""A dropped `return float(text) * 2` (ValueError) at `with_lock`, called from main."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    with LOCK:
        return float(text) * 2


try:
    job("bad", "abc")
    log.append("no error")
except ValueError:
    log.append("caught")
print(log)
