"""A dropped `return float(text) * 2` (ValueError) at `try_except_handler`, called from thread."""
import threading

LOCK = threading.Lock()
log = []


def job(kind, text):
    try:
        return float(text) * 2
    except ValueError:
        log.append("handled")
        return None


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
