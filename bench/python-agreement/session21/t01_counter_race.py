# BUG: race (lost update): counter += 1 from several threads without a lock
import threading

class Counter:
    def __init__(self):
        self.value = 0

    def increment(self):
        current = self.value
        self.value = current + 1


class Worker(threading.Thread):
    def __init__(self, counter, times):
        super().__init__()
        self.counter = counter
        self.times = times

    def run(self):
        for _ in range(self.times):
            self.counter.increment()


def main():
    counter = Counter()
    workers = [Worker(counter, 3) for _ in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("final count:", counter.value)
    assert counter.value == 9, f"lost update: {counter.value}"


if __name__ == "__main__":
    main()
