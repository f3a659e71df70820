# BUG: race — two Thread subclasses do a read-modify-write on a shared counter without a lock
import threading
import time


class Counter:
    def __init__(self):
        self.value = 0


class Incrementer(threading.Thread):
    def __init__(self, counter, times):
        super().__init__()
        self.counter = counter
        self.times = times

    def run(self):
        for _ in range(self.times):
            current = self.counter.value
            time.sleep(0)  # let the other thread in, as real I/O would
            self.counter.value = current + 1


def main():
    counter = Counter()
    workers = [Incrementer(counter, 3) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("final", counter.value)
    assert counter.value == 6, f"lost updates: {counter.value}"


if __name__ == "__main__":
    main()
