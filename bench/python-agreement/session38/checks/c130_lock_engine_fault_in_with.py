# ordered
# The same KeyError inside `with lock:` (a Lock, not a Semaphore), caught outside.
import threading

log = []
lock = threading.Lock()
prices = {"tea": 3}


def worker(item):
    try:
        with lock:
            log.append(prices[item])
    except KeyError:
        log.append("missing")
    with lock:
        log.append("again")


t = threading.Thread(target=worker, args=("cake",))
t.start()
t.join()
print(log)
