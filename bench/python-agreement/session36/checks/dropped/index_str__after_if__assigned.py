"""A dropped `return text.index("z")` (ValueError) at `after_if`, called from assigned."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    if kind == "good":
        return 0
    return text.index("z")


try:
    value = job("bad", "abc")
    log.append("no error")
except ValueError:
    log.append("caught")
print(log)
