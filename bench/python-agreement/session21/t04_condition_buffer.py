import threading


class BoundedBuffer:
    def __init__(self, capacity):
        self.items = []
        self.capacity = capacity
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


def producer(buf, n):
    for i in range(n):
        buf.put(i)
    buf.put(None)


def consumer(buf, out):
    while True:
        item = buf.get()
        if item is None:
            break
        out.append(item * 10)


buf = BoundedBuffer(2)
out = []
p = threading.Thread(target=producer, args=(buf, 5))
c = threading.Thread(target=consumer, args=(buf, out))
p.start()
c.start()
p.join()
c.join()
print("consumed", out)
print("total", sum(out))
