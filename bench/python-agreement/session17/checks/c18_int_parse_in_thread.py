# no bug: int() of a bad string raises ValueError, which the worker catches and counts
import threading

records = ["12", "x7", "30"]
total = 0
bad = 0
lock = threading.Lock()


def parse(raw):
    global total, bad
    try:
        n = int(raw)
    except ValueError:
        with lock:
            bad += 1
        return
    with lock:
        total += n


ts = [threading.Thread(target=parse, args=(r,)) for r in records]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total, bad)
