# Known bug: Counter.increment does `self.value += 1` without a lock, so increments can be lost (value < 150).
import threading


class Counter:
    def __init__(self):
        self.value = 0

    def increment(self):
        self.value += 1


counter = Counter()


def work(n):
    for _ in range(n):
        counter.increment()


threads = [threading.Thread(target=work, args=(50,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("final", counter.value)
