import queue
import threading

q = queue.Queue()
got = []


def producer():
    q.put([])
    q.put(None)


def consumer():
    while (item := q.get()) is not None:
        try:
            got.append(item[0])
        except IndexError:
            got.append('empty')


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(got)
