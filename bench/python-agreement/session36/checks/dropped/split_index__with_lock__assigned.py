"""A dropped `return text.split(",")[4]` (IndexError) at `with_lock`, called from assigned."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    with LOCK:
        return text.split(",")[4]


try:
    value = job("bad", "abc")
    log.append("no error")
except IndexError:
    log.append("caught")
print(log)
