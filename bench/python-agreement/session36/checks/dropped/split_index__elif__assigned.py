"""A dropped `return text.split(",")[4]` (IndexError) at `elif`, called from assigned."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    if kind == "good":
        return 0
    elif kind == "bad":
        return text.split(",")[4]
    return 1


try:
    value = job("bad", "abc")
    log.append("no error")
except IndexError:
    log.append("caught")
print(log)
