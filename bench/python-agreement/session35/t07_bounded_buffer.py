"""A bounded buffer with two Conditions sharing one lock: not_full and not_empty."""
import threading
from collections import deque


class BoundedBuffer:
    def __init__(self, size):
        self.size = size
        self.items = deque()
        self.lock = threading.Lock()
        self.not_full = threading.Condition(self.lock)
        self.not_empty = threading.Condition(self.lock)

    def put(self, item):
        with self.not_full:
            while len(self.items) >= self.size:
                self.not_full.wait()
            self.items.append(item)
            self.not_empty.notify()

    def get(self):
        with self.not_empty:
            while not self.items:
                self.not_empty.wait()
            item = self.items.popleft()
            self.not_full.notify()
            return item


def producer(buf, start, count):
    for n in range(start, start + count):
        buf.put(n)


def consumer(buf, count, out):
    for _ in range(count):
        out.append(buf.get())


buf = BoundedBuffer(2)
received = []
producers = [threading.Thread(target=producer, args=(buf, 100 * k, 3)) for k in (1, 2)]
consumers = [threading.Thread(target=consumer, args=(buf, 3, received)) for _ in range(2)]
for t in producers + consumers:
    t.start()
for t in producers + consumers:
    t.join()
print("received:", sorted(received))
print("left in buffer:", len(buf.items))
