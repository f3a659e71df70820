# ordered
# A missing key inside nested `with rlock:` blocks, caught outside: both levels are released.
import threading

log = []
rlock = threading.RLock()
prices = {"tea": 3}


def inner(item):
    with rlock:
        return prices[item]


def worker():
    try:
        with rlock:
            log.append(inner("cake"))
    except KeyError:
        log.append("missing")


t = threading.Thread(target=worker)
t.start()
t.join()
got = rlock.acquire(timeout=0.05)
log.append(got)
print(log)
