"""A dropped `return int(text)` (ValueError) at `try_finally`, called from thread."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    try:
        return int(text)
    finally:
        log.append("f")


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
