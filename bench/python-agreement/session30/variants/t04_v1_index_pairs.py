import threading

SENTINEL = object()


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


def producer(buffer, start, count):
    for n in range(start, start + count):
        buffer.put(n)


def consumer(buffer, name, sink, sink_lock):
    total = 0
    seen = 0
    while True:
        item = buffer.get()
        if item is SENTINEL:
            break
        total += item
        seen += 1
    with sink_lock:
        sink[name] = (seen, total)


def main():
    buffer = BoundedBuffer(capacity=2)
    sink = {}
    sink_lock = threading.Lock()
    producers = [threading.Thread(target=producer, args=(buffer, s, 4)) for s in (0, 100)]
    consumers = [threading.Thread(target=consumer, args=(buffer, f"c{i}", sink, sink_lock)) for i in range(2)]
    for t in producers + consumers:
        t.start()
    for t in producers:
        t.join()
    for _ in consumers:
        buffer.put(SENTINEL)
    for t in consumers:
        t.join()
    grand = sum(pair[1] for pair in sink.values())
    count = sum(pair[0] for pair in sink.values())
    print("items:", count, "sum:", grand, "left:", len(buffer.items))


main()
