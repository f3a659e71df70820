"""A dropped `return text.split(",")[4]` (IndexError) at `top`, called from assigned."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    return text.split(",")[4]


try:
    value = job("bad", "abc")
    log.append("no error")
except IndexError:
    log.append("caught")
print(log)
