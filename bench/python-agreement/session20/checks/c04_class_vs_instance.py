"""Class attributes shared by all instances, instance attributes per object, cls in a classmethod."""
import threading


class Counter:
    instances = 0
    total = 0

    def __init__(self, name):
        self.name = name
        self.count = 0

    def hit(self):
        self.count += 1
        Counter.total += 1

    @classmethod
    def register(cls):
        cls.instances += 1


a = Counter("a")
b = Counter("b")
lock = threading.Lock()


def work(counter, times):
    Counter.register()
    for _ in range(times):
        with lock:
            counter.hit()


if __name__ == "__main__":
    threads = [threading.Thread(target=work, args=(a, 2)), threading.Thread(target=work, args=(b, 3))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
