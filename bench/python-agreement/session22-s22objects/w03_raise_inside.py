import threading


class Tracker:
    def __init__(self):
        self.lock = threading.Lock()
        self.active = 0
        self.finished = 0

    def __enter__(self):
        with self.lock:
            self.active += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        with self.lock:
            self.active -= 1
            self.finished += 1
        return None


tracker = Tracker()
results = {}


def job(n):
    try:
        with tracker:
            if n == 2:
                raise ValueError("bad input")
            results[n] = n * 10
    except ValueError:
        results[n] = -1


threads = [threading.Thread(target=job, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("results", [results[i] for i in range(4)], "active", tracker.active, "finished", tracker.finished)
assert tracker.active == 0
