# Known bug: Counter.increment does `self.value += 1` without its lock, so updates are lost (value < 6).
import threading


class Counter:
    def __init__(self):
        self.value = 0
        self._lock = threading.Lock()

    def increment(self):
        self.value += 1

    def safe_increment(self):
        with self._lock:
            self.value += 1


counter = Counter()


def worker(n):
    for _ in range(n):
        counter.increment()


def main():
    threads = [threading.Thread(target=worker, args=(3,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"final count: {counter.value}")


if __name__ == "__main__":
    main()
