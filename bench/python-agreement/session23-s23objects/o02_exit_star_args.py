import threading


class Tracked:
    """A context manager whose `__exit__` takes `*exc` and lets the exception through."""

    def __init__(self):
        self.lock = threading.Lock()
        self.active = 0
        self.entered = 0

    def __enter__(self):
        with self.lock:
            self.active += 1
            self.entered += 1
        return self

    def __exit__(self, *exc):
        with self.lock:
            self.active -= 1


tracker = Tracked()
failures = 0


def work(n):
    global failures
    try:
        with tracker:
            if n % 2 == 0:
                raise ValueError(n)
    except ValueError:
        with tracker.lock:
            failures += 1


threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert tracker.active == 0
print(tracker.entered, failures)
