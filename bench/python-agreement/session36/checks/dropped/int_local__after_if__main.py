"""A dropped `return int(text)` (ValueError) at `after_if`, called from main."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    if kind == "good":
        return 0
    return int(text)


try:
    job("bad", "abc")
    log.append("no error")
except ValueError:
    log.append("caught")
print(log)
