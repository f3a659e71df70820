import threading

TABLE = {"a": 1}
counts = {"entered": 0, "left": 0}
lock = threading.Lock()
log = []


def job(key):
    with lock:
        counts["entered"] += 1
    try:
        return TABLE[key]
    finally:
        with lock:
            counts["left"] += 1


def guarded(key):
    try:
        log.append(job(key))
    except KeyError:
        log.append("missing")


threads = [threading.Thread(target=guarded, args=(k,)) for k in ("a", "zz")]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(counts["left"])
print(sorted(log, key=str))
