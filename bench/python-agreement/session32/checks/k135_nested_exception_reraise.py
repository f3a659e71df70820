# An exception re-raised from a handler with `raise ... from`, caught by the caller's except.
import threading

log = []


class StorageError(Exception):
    pass


def save(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise StorageError(f"missing {k}") from e


def worker():
    try:
        save({"a": 1}, "b")
    except StorageError as e:
        log.append(str(e))
        log.append(type(e.__cause__).__name__)


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
