import threading

lock = threading.Lock()
TABLE = {"a": 1}
log = []


def reader(key):
    try:
        with lock:
            log.append(TABLE[key])
    except KeyError:
        log.append("missing")


threads = [threading.Thread(target=reader, args=(k,)) for k in ("zz", "a", "zz", "a")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log, key=str))
