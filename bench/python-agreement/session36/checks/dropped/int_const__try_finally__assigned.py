"""A dropped `return int("x")` (ValueError) at `try_finally`, called from assigned."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    try:
        return int("x")
    finally:
        log.append("f")


try:
    value = job("bad", "abc")
    log.append("no error")
except ValueError:
    log.append("caught")
print(log)
