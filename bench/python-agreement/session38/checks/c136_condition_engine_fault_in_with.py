# ordered
# A missing key inside `with cond:` in a thread, caught outside; the main thread then notifies.
import threading

log = []
cond = threading.Condition()
prices = {"tea": 3}


def worker():
    try:
        with cond:
            log.append(prices["cake"])
    except KeyError:
        log.append("missing")


t = threading.Thread(target=worker)
t.start()
t.join()
with cond:
    cond.notify_all()
    log.append("notified")
print(log)
