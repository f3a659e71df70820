"""A dropped `return int(text)` (ValueError) at `for`, called from main."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    for _ in range(2):
        return int(text)
    return 0


try:
    job("bad", "abc")
    log.append("no error")
except ValueError:
    log.append("caught")
print(log)
