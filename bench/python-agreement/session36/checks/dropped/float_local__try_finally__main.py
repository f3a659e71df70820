"""A dropped `return float(text) * 2` (ValueError) at `try_finally`, called from main."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    try:
        return float(text) * 2
    finally:
        log.append("f")


try:
    job("bad", "abc")
    log.append("no error")
except ValueError:
    log.append("caught")
print(log)
