import queue
import threading

q = queue.Queue()
got = []
counts = {}


def producer():
    q.put({'a': 1})
    q.put(None)


def consumer():
    while (item := q.get()) is not None:
        try:
            got.append(item[0])
        except TypeError:
            got.append("TypeError")


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(got, counts)
