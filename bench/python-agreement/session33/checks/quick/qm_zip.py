import queue
import threading

q = queue.Queue()
got = []


def producer():
    q.put([1, 2])
    q.put(None)


def consumer():
    while (item := q.get()) is not None:
        for a, b in zip(item, item):
            got.append(a + b)


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(got)
