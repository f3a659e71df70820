import threading

lock = threading.Lock()
TABLE = {"a": 1}
log = []


def worker(key):
    lock.acquire()
    try:
        log.append(TABLE[key])
    except KeyError:
        log.append("missing")
    finally:
        lock.release()


threads = [threading.Thread(target=worker, args=(k,)) for k in ("zz", "a")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log, key=str))
