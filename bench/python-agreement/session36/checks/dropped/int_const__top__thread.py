"""A dropped `return int("x")` (ValueError) at `top`, called from thread."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    return int("x")


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
