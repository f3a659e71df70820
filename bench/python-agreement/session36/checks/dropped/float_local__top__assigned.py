"""A dropped `return float(text) * 2` (ValueError) at `top`, called from assigned."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    return float(text) * 2


try:
    value = job("bad", "abc")
    log.append("no error")
except ValueError:
    log.append("caught")
print(log)
