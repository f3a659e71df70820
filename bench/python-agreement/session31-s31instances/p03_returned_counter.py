# BUG: lost update: `hit` reads the count, then writes it back, without the lock, so two threads can write the same count
import threading
import time


class HitCounter:
    def __init__(self):
        self.hits = 0
        self.lock = threading.Lock()

    def hit(self):
        seen = self.hits
        time.sleep(0.001)  # log the hit
        self.hits = seen + 1


def run(workers):
    counter = HitCounter()
    threads = [threading.Thread(target=counter.hit) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return counter


counter = run(3)
print("hits", counter.hits)
