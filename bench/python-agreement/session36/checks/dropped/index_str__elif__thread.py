"""A dropped `return text.index("z")` (ValueError) at `elif`, called from thread."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    if kind == "good":
        return 0
    elif kind == "bad":
        return text.index("z")
    return 1


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
