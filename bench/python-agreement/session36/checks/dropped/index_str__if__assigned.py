"""A dropped `return text.index("z")` (ValueError) at `if`, called from assigned."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    if kind == "bad":
        return text.index("z")
    return 0


try:
    value = job("bad", "abc")
    log.append("no error")
except ValueError:
    log.append("caught")
print(log)
