import queue
import threading

q = queue.Queue()
got = []


def producer():
    q.put(['a'])
    q.put(None)


def consumer():
    while (item := q.get()) is not None:
        for i, x in enumerate(item, 1):
            got.append(i)


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(got)
