"""A dropped `return text.split(",")[4]` (IndexError) at `for`, called from main."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    for _ in range(2):
        return text.split(",")[4]
    return 0


try:
    job("bad", "abc")
    log.append("no error")
except IndexError:
    log.append("caught")
print(log)
