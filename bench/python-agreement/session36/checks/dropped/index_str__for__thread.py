"""A dropped `return text.index("z")` (ValueError) at `for`, called from thread."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    for _ in range(2):
        return text.index("z")
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
