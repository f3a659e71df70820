"""A dropped `return int(text)` (ValueError) at `elif`, called from assigned."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    if kind == "good":
        return 0
    elif kind == "bad":
        return int(text)
    return 1


try:
    value = job("bad", "abc")
    log.append("no error")
except ValueError:
    log.append("caught")
print(log)
