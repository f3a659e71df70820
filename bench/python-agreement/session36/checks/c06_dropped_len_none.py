"""A dropped call: `return len(value)` of a None argument."""
import threading

caught = []
done = []


def size(value):
    return len(value)


def worker(value):
    try:
        size(value)
        done.append(1)
    except TypeError:
        caught.append(1)


threads = [threading.Thread(target=worker, args=(v,)) for v in ([1, 2], None)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(caught, done)
