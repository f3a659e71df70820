# Bounded buffer with a Condition and wait_for; two producers, one consumer.
import threading

CAPACITY = 2
ITEMS_PER_PRODUCER = 3


class BoundedBuffer:
    def __init__(self, capacity):
        self.items = []
        self.capacity = capacity
        self.cond = threading.Condition()

    def put(self, item):
        with self.cond:
            self.cond.wait_for(lambda: len(self.items) < self.capacity)
            self.items.append(item)
            self.cond.notify_all()

    def get(self):
        with self.cond:
            self.cond.wait_for(lambda: len(self.items) > 0)
            item = self.items.pop(0)
            self.cond.notify_all()
            return item


buffer = BoundedBuffer(CAPACITY)
consumed = []


def producer(prefix):
    for i in range(ITEMS_PER_PRODUCER):
        buffer.put(f"{prefix}{i}")


def consumer(total):
    for _ in range(total):
        consumed.append(buffer.get())


if __name__ == "__main__":
    threads = [threading.Thread(target=producer, args=(p,)) for p in ("a", "b")]
    threads.append(threading.Thread(target=consumer, args=(2 * ITEMS_PER_PRODUCER,)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    consumed_count = len(consumed)
    assert consumed_count == 2 * ITEMS_PER_PRODUCER
    assert sorted(consumed) == ["a0", "a1", "a2", "b0", "b1", "b2"]
