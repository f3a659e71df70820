"""A dropped `return float(text) * 2` (ValueError) at `else`, called from main."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    if kind == "good":
        return 0
    else:
        return float(text) * 2


try:
    job("bad", "abc")
    log.append("no error")
except ValueError:
    log.append("caught")
print(log)
