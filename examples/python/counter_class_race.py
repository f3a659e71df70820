"""A counter object shared by threads: `increment` takes the object's lock, `unsafe_increment` does not.

`self.safe += 1` under `self.lock` never loses an update; `self.unsafe += 1` is a read and a write that
another thread can come between. CPython 3.11 almost always prints safe=4 unsafe=4; weft explore lists
unsafe=2, 3 and 4, with safe=4 in every outcome.
"""
import threading


class Counter:
    def __init__(self, start):
        self.safe = start
        self.unsafe = start
        self.lock = threading.Lock()

    def increment(self):
        with self.lock:
            self.safe += 1

    def unsafe_increment(self):
        self.unsafe += 1

    def work(self, times):
        for _ in range(times):
            self.increment()
            self.unsafe_increment()


counter = Counter(0)
threads = [threading.Thread(target=counter.work, args=(2,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert counter.safe == 4
print(f"safe={counter.safe} unsafe={counter.unsafe}")
