"""A dropped `return float(text) * 2` (ValueError) at `try_except_handler`, called from main."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    try:
        return float(text) * 2
    except ValueError:
        log.append("handled")
        return None


try:
    job("bad", "abc")
    log.append("no error")
except ValueError:
    log.append("caught")
print(log)
