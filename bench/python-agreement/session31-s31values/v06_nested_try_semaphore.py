"""A `try` inside a `try` inside `with` on a semaphore: the inner handler misses ValueError, the outer
one catches it while the unit is still held (`holding` counts units in use), and an error neither
catches leaves the `with`, giving the unit back; a third thread waits for a unit."""
import threading
import time

slots = threading.Semaphore(1)
lock = threading.Lock()
holding = 0
peak = 0
log = []


def job(name, kind):
    global holding, peak
    try:
        with slots:
            with lock:
                holding += 1
                peak = max(peak, holding)
            try:
                try:
                    time.sleep(0.001)
                    if kind == "value":
                        raise ValueError(name)
                    if kind == "key":
                        raise KeyError(name)
                    if kind == "runtime":
                        raise RuntimeError(name)
                except KeyError:
                    log.append(name + ": inner")
                log.append(name + ": body done")
            except ValueError:
                log.append(name + ": outer")
                with lock:
                    holding -= 1
            else:
                with lock:
                    holding -= 1
    except RuntimeError:
        log.append(name + ": escaped")


threads = [
    threading.Thread(target=job, args=("a", "value")),
    threading.Thread(target=job, args=("b", "key")),
    threading.Thread(target=job, args=("c", "runtime")),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("log:", sorted(log), "peak:", peak, "holding:", holding)
