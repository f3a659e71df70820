"""queue.SimpleQueue between a producer and a consumer with a None sentinel."""
import queue
import threading

q = queue.SimpleQueue()
got = []


def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        got.append(item)


c = threading.Thread(target=consumer)
c.start()
for n in (3, 1, 2):
    q.put(n)
q.put(None)
c.join()
print(got)
