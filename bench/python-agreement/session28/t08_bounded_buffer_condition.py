import threading
from collections import deque


class BoundedBuffer:
    def __init__(self, capacity: int) -> None:
        self.items: deque[int] = deque()
        self.capacity = capacity
        self.cond = threading.Condition()
        self.high_water = 0

    def put(self, item: int) -> None:
        with self.cond:
            while len(self.items) >= self.capacity:
                self.cond.wait()
            self.items.append(item)
            self.high_water = max(self.high_water, len(self.items))
            self.cond.notify_all()

    def get(self) -> int:
        with self.cond:
            while not self.items:
                self.cond.wait()
            item = self.items.popleft()
            self.cond.notify_all()
            return item


buffer = BoundedBuffer(2)
consumed: list[int] = []


def producer() -> None:
    for i in range(1, 9):
        buffer.put(i)
    buffer.put(-1)  # end of stream


def consumer() -> None:
    while True:
        item = buffer.get()
        if item < 0:
            break
        consumed.append(item)


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()

high_water = buffer.high_water
print(f"consumed={consumed} high_water={high_water}")
assert consumed == list(range(1, 9)) and high_water <= 2
