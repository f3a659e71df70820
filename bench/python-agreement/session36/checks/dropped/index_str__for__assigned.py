"""A dropped `return text.index("z")` (ValueError) at `for`, called from assigned."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    for _ in range(2):
        return text.index("z")
    return 0


try:
    value = job("bad", "abc")
    log.append("no error")
except ValueError:
    log.append("caught")
print(log)
