"""A dropped `return text.split(",")[4]` (IndexError) at `else`, called from assigned."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    if kind == "good":
        return 0
    else:
        return text.split(",")[4]


try:
    value = job("bad", "abc")
    log.append("no error")
except IndexError:
    log.append("caught")
print(log)
