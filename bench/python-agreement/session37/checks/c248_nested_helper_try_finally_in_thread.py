import threading

lock = threading.Lock()
TABLE = {"a": 1}
log = []


def lookup(key):
    lock.acquire()
    try:
        return TABLE[key]
    finally:
        lock.release()


def worker(key):
    try:
        log.append(lookup(key))
    except KeyError:
        log.append("missing")


threads = [threading.Thread(target=worker, args=(k,)) for k in ("zz", "a")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log, key=str))
