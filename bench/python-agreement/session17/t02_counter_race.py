# bug: lost update: increment() reads the value, does some work, then writes it back without a lock
import threading
import time


class HitCounter:
    def __init__(self):
        self.value = 0

    def increment(self):
        current = self.value
        time.sleep(0.001)  # pretend to log the hit somewhere
        self.value = current + 1


counter = HitCounter()


def handle_requests(n):
    for _ in range(n):
        counter.increment()


workers = [threading.Thread(target=handle_requests, args=(3,)) for _ in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()

print("hits:", counter.value)
assert counter.value == 6, f"expected 6 hits, got {counter.value}"
