# BUG: deadlock — two consumers but the producer posts one sentinel; the second consumer waits forever
import queue
import threading

STOP = object()


class Pipeline:
    def __init__(self):
        self.q = queue.Queue()
        self.done = []

    def produce(self, items):
        for item in items:
            self.q.put(item)
        self.q.put(STOP)  # should be one per consumer

    def consume(self, name):
        while True:
            item = self.q.get()
            if item is STOP:
                return
            self.done.append((name, item))


def main():
    p = Pipeline()
    consumers = [threading.Thread(target=p.consume, args=(f"c{i}",)) for i in range(2)]
    for c in consumers:
        c.start()
    p.produce([1, 2, 3])
    for c in consumers:
        c.join()
    print(len(p.done))


main()
