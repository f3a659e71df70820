"""A dropped `return int(text)` (ValueError) at `if`, called from thread."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    if kind == "bad":
        return int(text)
    return 0


def run():
    try:
        job("bad", "abc")
        log.append("no error")
    except ValueError:
        log.append("caught")


t = threading.Thread(target=run)
t.start()
t.join()
print(log)
