"""A dropped `return text.index("z")` (ValueError) at `while`, called from thread."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    while True:
        return text.index("z")


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
