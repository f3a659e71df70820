"""A dropped `return text.split(",")[4]` (IndexError) at `while`, called from assigned."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    while True:
        return text.split(",")[4]


try:
    value = job("bad", "abc")
    log.append("no error")
except IndexError:
    log.append("caught")
print(log)
