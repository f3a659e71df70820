"""A dropped `return int(text)` (ValueError) at `while`, called from main."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    while True:
        return int(text)


try:
    job("bad", "abc")
    log.append("no error")
except ValueError:
    log.append("caught")
print(log)
