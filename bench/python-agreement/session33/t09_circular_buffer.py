import threading


class CircularBuffer:
    def __init__(self, capacity):
        self.items = [None] * capacity
        self.capacity = capacity
        self.head = 0
        self.tail = 0
        self.count = 0
        self.cond = threading.Condition()

    def put(self, item):
        with self.cond:
            while self.count == self.capacity:
                self.cond.wait()
            self.items[self.tail] = item
            self.tail = (self.tail + 1) % self.capacity
            self.count += 1
            self.cond.notify_all()

    def get(self):
        with self.cond:
            while self.count == 0:
                self.cond.wait()
            item = self.items[self.head]
            self.items[self.head] = None
            self.head = (self.head + 1) % self.capacity
            self.count -= 1
            self.cond.notify_all()
            return item


buf = CircularBuffer(2)
received = []


def producer():
    for value in range(1, 6):
        buf.put(value * 10)
    buf.put(None)


def consumer():
    while True:
        item = buf.get()
        if item is None:
            break
        received.append(item)


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("received", received, "sum", sum(received), "left", buf.count)
