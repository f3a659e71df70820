"""A dropped `return float(text) * 2` (ValueError) at `for`, called from main."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    for _ in range(2):
        return float(text) * 2
    return 0


try:
    job("bad", "abc")
    log.append("no error")
except ValueError:
    log.append("caught")
print(log)
