# Evaluation order: `total = q.get() + total` reads its left operand before q.get() blocks; the other thread changes it
# while the reader is blocked, then puts.
import queue
import threading
import time

log = []
q = queue.Queue()
total = 1
scores = {"a": 1}
cells = [1]


class Box:
    def __init__(self):
        self.n = 1


box = Box()


def reader():
    global total
    total = q.get() + total


def writer():
    global total
    time.sleep(0.01)
    total = 100
    scores["a"] = 100
    cells[0] = 100
    box.n = 100
    q.put(5)


threads = [threading.Thread(target=reader), threading.Thread(target=writer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(total)
print(log)
