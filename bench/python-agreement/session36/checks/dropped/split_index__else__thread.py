"""A dropped `return text.split(",")[4]` (IndexError) at `else`, called from thread."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    if kind == "good":
        return 0
    else:
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
