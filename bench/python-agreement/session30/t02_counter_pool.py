import threading


class SafeCounter:
    """A counter shared by worker threads, guarded by a lock."""

    def __init__(self):
        self._value = 0
        self._lock = threading.Lock()
        self.history = []

    def increment(self, by=1):
        with self._lock:
            self._value += by
            self.history.append(self._value)

    @property
    def value(self):
        with self._lock:
            return self._value


def work(counter, worker_id, rounds):
    for i in range(rounds):
        counter.increment(worker_id)


def run(workers=4, rounds=5):
    counter = SafeCounter()
    threads = []
    for worker_id in range(1, workers + 1):
        t = threading.Thread(target=work, args=(counter, worker_id, rounds), name=f"w{worker_id}")
        threads.append(t)
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return counter


if __name__ == "__main__":
    counter = run()
    expected = sum(range(1, 5)) * 5
    print(f"value={counter.value} expected={expected}")
    print("monotonic:", all(a < b for a, b in zip(counter.history, counter.history[1:])))
    print("steps:", len(counter.history))
