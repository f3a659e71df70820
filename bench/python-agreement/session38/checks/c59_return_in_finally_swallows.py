# ordered
# A `return` in `finally` swallows the exception in flight; the caller sees the returned value.
import threading

log = []


def risky(n):
    try:
        if n > 1:
            raise ValueError(n)
        return "ok"
    finally:
        return "finally wins"


def worker():
    for n in [1, 2]:
        try:
            log.append(risky(n))
        except ValueError:
            log.append("escaped")


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
