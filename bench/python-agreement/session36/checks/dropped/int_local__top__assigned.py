"""A dropped `return int(text)` (ValueError) at `top`, called from assigned."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    return int(text)


try:
    value = job("bad", "abc")
    log.append("no error")
except ValueError:
    log.append("caught")
print(log)
