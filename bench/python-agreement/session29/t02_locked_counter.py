import threading


class Counter:
    def __init__(self):
        self.value = 0
        self._lock = threading.Lock()

    def increment(self):
        with self._lock:
            self.value += 1


counter = Counter()


def worker(n):
    for _ in range(n):
        counter.increment()


threads = []
for i in range(3):
    t = threading.Thread(target=worker, args=(50,))
    threads.append(t)
    t.start()

for t in threads:
    t.join()

total = counter.value
print("total =", total)
