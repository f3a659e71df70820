"""A dropped `return int("x")` (ValueError) at `try_except_handler`, called from assigned."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    try:
        return int("x")
    except ValueError:
        log.append("handled")
        return None


try:
    value = job("bad", "abc")
    log.append("no error")
except ValueError:
    log.append("caught")
print(log)
