# round() of a string known at import time raises TypeError before the function's tail `return`; the caller's use of the value is never reached.
import threading

SCALE = "2.5"
lock = threading.Lock()
results = []


def scaled(setting):
    step = round(setting)
    return step * 10


def worker(name, setting):
    try:
        factor = scaled(setting)
        with lock:
            results.append(factor)
    except TypeError:
        with lock:
            results.append(name)


threads = [threading.Thread(target=worker, args=(name, setting)) for name, setting in (("x", SCALE), ("y", 4))]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(sorted(results, key=str))
