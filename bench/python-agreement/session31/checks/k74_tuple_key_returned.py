# a function returns a tuple that a thread uses as a dict key
import threading

seen = {}


def key_of(a, b):
    return (min(a, b), max(a, b))


def record(a, b):
    k = key_of(a, b)
    seen[k] = seen.get(k, 0) + 1


ts = [threading.Thread(target=record, args=(2, 1)), threading.Thread(target=record, args=(1, 2))]
for t in ts:
    t.start()
for t in ts:
    t.join()
count = len(seen)
print(count)
