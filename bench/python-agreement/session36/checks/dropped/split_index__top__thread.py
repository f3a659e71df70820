"""A dropped `return text.split(",")[4]` (IndexError) at `top`, called from thread."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    return text.split(",")[4]


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
