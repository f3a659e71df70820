# no bug: a classic bounded buffer on one Condition, waiting in while loops
import threading


class BoundedBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = []
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
            item = self.items.pop(0)
            self.cond.notify_all()
            return item


buf = BoundedBuffer(2)
consumed = []


def producer():
    for i in range(1, 6):
        buf.put(i)


def consumer():
    for _ in range(5):
        consumed.append(buf.get())


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
c.start()
p.join()
c.join()
print("consumed", consumed)
assert consumed == [1, 2, 3, 4, 5]
