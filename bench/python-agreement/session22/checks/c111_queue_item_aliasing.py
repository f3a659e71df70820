import queue
import threading
import time

q = queue.Queue()
seen = []


def producer():
    item = {"n": 1}
    q.put(item)
    item["n"] = 2  # mutates the object the consumer holds
    time.sleep(0.01)
    item["n"] = 3


def consumer():
    x = q.get()
    time.sleep(0.005)
    seen.append(x["n"])


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen)
