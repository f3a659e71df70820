# circular_buffer_ok (SCTBench): a fixed ring of 3 slots with head/tail indices guarded by one Condition;
# the producer waits while full, the consumer waits while empty. Every item arrives once, in order.
import threading

SIZE = 3


class RingBuffer:
    def __init__(self, size):
        self.slots = [None] * size
        self.head = 0
        self.tail = 0
        self.count = 0
        self.cond = threading.Condition()

    def put(self, item):
        with self.cond:
            while self.count == len(self.slots):
                self.cond.wait()
            self.slots[self.tail] = item
            self.tail = (self.tail + 1) % len(self.slots)
            self.count += 1
            self.cond.notify_all()

    def get(self):
        with self.cond:
            while self.count == 0:
                self.cond.wait()
            item = self.slots[self.head]
            self.head = (self.head + 1) % len(self.slots)
            self.count -= 1
            self.cond.notify_all()
            return item


ring = RingBuffer(SIZE)
received = []
ITEMS = [3, 1, 4, 1, 5, 9, 2]


def producer():
    for item in ITEMS:
        ring.put(item)


def consumer():
    for _ in range(len(ITEMS)):
        received.append(ring.get())


threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()

in_order = received == ITEMS
total = sum(received)
print(f"received={received} in_order={in_order} total={total} head={ring.head} tail={ring.tail}")
