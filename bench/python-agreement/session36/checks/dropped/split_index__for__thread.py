"""A dropped `return text.split(",")[4]` (IndexError) at `for`, called from thread."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    for _ in range(2):
        return text.split(",")[4]
    return 0


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
