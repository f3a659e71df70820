# What CPython raises on a received value of the wrong kind, caught: unpacking a list of three into two
# names (ValueError), `.index` of a dict (AttributeError), joining a list of numbers (TypeError).
import queue
import threading

q = queue.Queue()
out = []


def producer():
    q.put([1, 2, 3])
    q.put({"a": 1})
    q.put(None)


def consumer():
    while (item := q.get()) is not None:
        try:
            a, b = item
            out.append(a + b)
        except ValueError:
            out.append("ValueError")
        try:
            out.append(item.index(2))
        except AttributeError:
            out.append("AttributeError")
        try:
            out.append("-".join(item))
        except TypeError:
            out.append("TypeError")


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(out)
