import threading


class Guarded:
    def __init__(self):
        self.lock = threading.Lock()
        self.total = 0

    def call(self, fn, *args):
        with self.lock:
            return fn(*args)

    def add(self, a, b):
        self.total += a * b
        return self.total


guard = Guarded()
results = []


def worker(a, b):
    results.append(guard.call(guard.add, a, b))


threads = [threading.Thread(target=worker, args=(2, 3)), threading.Thread(target=worker, args=(1, 4))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(guard.total, sorted(results))
