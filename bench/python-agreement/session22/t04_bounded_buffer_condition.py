import threading
from collections import deque


class BoundedBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = deque()
        self.cond = threading.Condition()

    def put(self, item):
        with self.cond:
            while len(self.items) >= self.capacity:
                self.cond.wait()
            self.items.append(item)
            self.cond.notify_all()

    def get(self):
        with self.cond:
            while not self.items:
                self.cond.wait()
            item = self.items.popleft()
            self.cond.notify_all()
            return item


def producer(buf, start, count):
    for i in range(start, start + count):
        buf.put(i)


def consumer(buf, count, out):
    for _ in range(count):
        out.append(buf.get())


buf = BoundedBuffer(2)
received = []
threads = [
    threading.Thread(target=producer, args=(buf, 0, 4)),
    threading.Thread(target=producer, args=(buf, 100, 4)),
    threading.Thread(target=consumer, args=(buf, 8, received)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(received))
print("len", len(received))
