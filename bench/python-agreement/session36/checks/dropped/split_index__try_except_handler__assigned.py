"""A dropped `return text.split(",")[4]` (IndexError) at `try_except_handler`, called from assigned."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    try:
        return text.split(",")[4]
    except IndexError:
        log.append("handled")
        return None


try:
    value = job("bad", "abc")
    log.append("no error")
except IndexError:
    log.append("caught")
print(log)
