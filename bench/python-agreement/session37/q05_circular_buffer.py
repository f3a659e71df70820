# BUG: the producer waits with `if` instead of `while`: woken by the other producer's notify_all it writes into a full buffer (SCTBench circular_buffer)
import threading

CAPACITY = 2


class RingBuffer:
    def __init__(self):
        self.slots = [None] * CAPACITY
        self.head = 0
        self.count = 0
        self.overruns = 0
        self.cond = threading.Condition()

    def put(self, item):
        with self.cond:
            if self.count == CAPACITY:
                self.cond.wait(timeout=0.2)
            if self.count == CAPACITY:
                self.overruns += 1
            self.slots[(self.head + self.count) % CAPACITY] = item
            self.count = min(self.count + 1, CAPACITY)
            self.cond.notify_all()

    def get(self):
        with self.cond:
            while self.count == 0:
                self.cond.wait()
            item = self.slots[self.head]
            self.head = (self.head + 1) % CAPACITY
            self.count -= 1
            self.cond.notify_all()
            return item


ring = RingBuffer()
received = []


def producer(items):
    for item in items:
        ring.put(item)


def consumer(n):
    for _ in range(n):
        received.append(ring.get())


threads = [
    threading.Thread(target=producer, args=([1, 2, 3],)),
    threading.Thread(target=producer, args=([10, 20],)),
    threading.Thread(target=consumer, args=(4,)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()

overruns = ring.overruns
left = ring.count
print(f"received={sorted(received)} overruns={overruns} left={left}")
assert overruns == 0, "wrote into a full buffer"
