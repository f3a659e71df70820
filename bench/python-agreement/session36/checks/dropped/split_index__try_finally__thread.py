"""A dropped `return text.split(",")[4]` (IndexError) at `try_finally`, called from thread."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    try:
        return text.split(",")[4]
    finally:
        log.append("f")


def run():
    try:
        job("bad", "abc")
        log.append("no error")
    except IndexError:
        log.append("caught")


t = threading.Thread(target=run)
t.start()
t.join()
print(log)
