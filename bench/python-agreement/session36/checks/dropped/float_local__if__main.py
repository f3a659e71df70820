"""A dropped `return float(text) * 2` (ValueError) at `if`, called from main."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    if kind == "bad":
        return float(text) * 2
    return 0


try:
    job("bad", "abc")
    log.append("no error")
except ValueError:
    log.append("caught")
print(log)
