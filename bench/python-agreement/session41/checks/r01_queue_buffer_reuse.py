# check: a list put on a queue is the same object: clearing it after put empties what the consumer gets
import queue
import threading
import time

q = queue.Queue()
sizes = []


def consumer():
    while True:
        batch = q.get()
        if batch is None:
            break
        time.sleep(0.002)
        sizes.append(len(batch))


c = threading.Thread(target=consumer)
c.start()
batch = []
for i in range(6):
    batch.append(i)
    if len(batch) == 3:
        q.put(batch)
        batch.clear()
q.put(None)
c.join()
print(sizes)
