"""A dropped `return float(text) * 2` (ValueError) at `top`, called from thread."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    return float(text) * 2


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
