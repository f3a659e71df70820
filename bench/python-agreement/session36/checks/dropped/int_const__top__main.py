"""A dropped `return int("x")` (ValueError) at `top`, called from main."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    return int("x")


try:
    job("bad", "abc")
    log.append("no error")
except ValueError:
    log.append("caught")
print(log)
