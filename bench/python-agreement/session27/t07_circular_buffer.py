"""A fixed-size circular buffer guarded by one Condition (not_full / not_empty predicates)."""
import threading


class RingBuffer:
    def __init__(self, capacity: int) -> None:
        self.items: list[int | None] = [None] * capacity
        self.head = 0
        self.tail = 0
        self.count = 0
        self.cond = threading.Condition()

    def put(self, item: int) -> None:
        with self.cond:
            self.cond.wait_for(lambda: self.count < len(self.items))
            self.items[self.tail] = item
            self.tail = (self.tail + 1) % len(self.items)
            self.count += 1
            self.cond.notify_all()

    def get(self) -> int:
        with self.cond:
            self.cond.wait_for(lambda: self.count > 0)
            item = self.items[self.head]
            self.head = (self.head + 1) % len(self.items)
            self.count -= 1
            self.cond.notify_all()
            return item


buffer = RingBuffer(2)
consumed: list[int] = []


def producer() -> None:
    for i in range(1, 7):
        buffer.put(i * i)


def consumer() -> None:
    for _ in range(6):
        consumed.append(buffer.get())


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("consumed", consumed, "left", buffer.count)
assert consumed == [1, 4, 9, 16, 25, 36]
