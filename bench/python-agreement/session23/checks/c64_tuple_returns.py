# check: functions returning tuples, unpacking, swapping, nested tuples through a queue
import queue
import threading

q = queue.Queue()
res = []


def stats(xs):
    return min(xs), max(xs), sum(xs)


def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        name, (lo, hi) = item
        a, b = hi, lo
        res.append((name, a - b))


t = threading.Thread(target=consumer)
t.start()
lo, hi, total = stats([4, 8, 1])
q.put(("x", (lo, hi)))
q.put(("y", (total, total + 3)))
q.put(None)
t.join()
