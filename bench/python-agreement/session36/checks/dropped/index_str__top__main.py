"""A dropped `return text.index("z")` (ValueError) at `top`, called from main."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    return text.index("z")


try:
    job("bad", "abc")
    log.append("no error")
except ValueError:
    log.append("caught")
print(log)
