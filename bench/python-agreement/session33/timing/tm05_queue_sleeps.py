import queue
import threading
import time

q = queue.Queue()
done = []


def producer():
    for i in range(3):
        time.sleep(0.005)
        q.put(i)
    q.put(None)


def consumer():
    while (item := q.get()) is not None:
        time.sleep(0.01)
        done.append(item)


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(done)
