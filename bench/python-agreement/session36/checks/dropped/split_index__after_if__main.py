"""A dropped `return text.split(",")[4]` (IndexError) at `after_if`, called from main."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    if kind == "good":
        return 0
    return text.split(",")[4]


try:
    job("bad", "abc")
    log.append("no error")
except IndexError:
    log.append("caught")
print(log)
