import queue
import threading

q = queue.Queue()
got = []


def producer():
    q.put([('a', 1), ('b', 2)])
    q.put(None)


def consumer():
    while (item := q.get()) is not None:
        for k, v in item:
            got.append(v)


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(got)
