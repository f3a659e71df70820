"""A dropped `return text.index("z")` (ValueError) at `else`, called from assigned."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    if kind == "good":
        return 0
    else:
        return text.index("z")


try:
    value = job("bad", "abc")
    log.append("no error")
except ValueError:
    log.append("caught")
print(log)
