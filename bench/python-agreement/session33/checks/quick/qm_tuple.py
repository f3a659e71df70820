import queue
import threading

q = queue.Queue()
got = []


def producer():
    q.put([3, 1])
    q.put(None)


def consumer():
    while (item := q.get()) is not None:
        got.append(tuple(item)[1])


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(got)
