"""A dropped `return text.split(",")[4]` (IndexError) at `try_finally`, called from assigned."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    try:
        return text.split(",")[4]
    finally:
        log.append("f")


try:
    value = job("bad", "abc")
    log.append("no error")
except IndexError:
    log.append("caught")
print(log)
