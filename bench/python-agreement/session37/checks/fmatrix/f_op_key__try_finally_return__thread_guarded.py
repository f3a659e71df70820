"""try_finally_return in a job run by thread_guarded, failing by op_key."""
import threading

TABLE = {"a": 1}
log = []


def fail(key):
    if key == "zz":
        raise KeyError(key)
    return 1


def job(key):
    try:
        return TABLE[key]
    finally:
        log.append(f"end {key}")


def guarded(k):
    try:
        job(k)
        log.append("ok")
    except Exception:
        log.append("failed")


threads = [threading.Thread(target=guarded, args=(k,)) for k in ("zz", "a")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log, key=str))
