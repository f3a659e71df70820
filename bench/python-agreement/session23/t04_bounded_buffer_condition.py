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


def main():
    buf = BoundedBuffer(2)
    consumed = []

    def producer():
        for i in range(6):
            buf.put(i)
        buf.put(None)

    def consumer():
        while True:
            item = buf.get()
            if item is None:
                break
            consumed.append(item * 10)

    threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("consumed", consumed)
    assert consumed == [0, 10, 20, 30, 40, 50]


main()
