# BUG: race (lost update): HitCounter.record reads self.hits, yields, then writes hits + 1 without a lock
import threading
import time


class HitCounter:
    def __init__(self):
        self.hits = 0

    def record(self):
        current = self.hits
        time.sleep(0)  # e.g. logging in between
        self.hits = current + 1


class Visitor(threading.Thread):
    def __init__(self, counter, visits):
        super().__init__()
        self.counter = counter
        self.visits = visits

    def run(self):
        for _ in range(self.visits):
            self.counter.record()


def main():
    counter = HitCounter()
    visitors = [Visitor(counter, 3) for _ in range(2)]
    for v in visitors:
        v.start()
    for v in visitors:
        v.join()
    print("hits", counter.hits)
    assert counter.hits == 6, counter.hits


if __name__ == "__main__":
    main()
