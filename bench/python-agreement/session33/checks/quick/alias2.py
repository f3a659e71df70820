import queue
import threading
q = queue.Queue()
got = []
def producer():
    batch = [1, 2]
    q.put(batch)
    batch.append(3)
    q.put(None)
def consumer():
    while (item := q.get()) is not None:
        size = len(item)
        got.append(size)
threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(got)
