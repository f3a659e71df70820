"""A dropped `return int(text)` (ValueError) at `with_lock`, called from thread."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    with LOCK:
        return int(text)


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
