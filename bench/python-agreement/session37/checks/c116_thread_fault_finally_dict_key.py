import threading

TABLE = {"a": 1}
log = []


def job(key):
    try:
        log.append(TABLE[key])
    finally:
        log.append(f"end {key}")


def guarded(key):
    try:
        job(key)
    except KeyError:
        log.append("KeyError")


threads = [threading.Thread(target=guarded, args=(k,)) for k in ("a", "zz")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log, key=str))
