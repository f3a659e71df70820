"""Textbook bounded buffer with one Condition, two producers and two consumers."""
import threading
from collections import deque

CAPACITY = 2
ITEMS_PER_PRODUCER = 4


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


buffer = BoundedBuffer(CAPACITY)
consumed = []
consumed_lock = threading.Lock()
total = 0


def producer(base):
    for i in range(ITEMS_PER_PRODUCER):
        buffer.put(base + i)


def consumer(count):
    global total
    for _ in range(count):
        item = buffer.get()
        with consumed_lock:
            consumed.append(item)
            total += item


if __name__ == "__main__":
    threads = [
        threading.Thread(target=producer, args=(0,)),
        threading.Thread(target=producer, args=(100,)),
        threading.Thread(target=consumer, args=(4,)),
        threading.Thread(target=consumer, args=(4,)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    consumed.sort()
    assert total == sum(range(4)) + sum(range(100, 104))
    print(consumed, total)
