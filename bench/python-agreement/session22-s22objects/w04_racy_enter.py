import threading
import time


class Limiter:
    """Meant to let at most one caller in at a time: the check and the count are not atomic."""

    def __init__(self):
        self.inside = 0
        self.max_seen = 0

    def __enter__(self):
        while self.inside >= 1:
            time.sleep(0.001)
        self.inside += 1
        if self.inside > self.max_seen:
            self.max_seen = self.inside
        return self

    def __exit__(self, exc_type, exc, tb):
        self.inside -= 1
        return False


limiter = Limiter()


def worker():
    with limiter:
        time.sleep(0.002)


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("max inside", limiter.max_seen)
assert limiter.max_seen == 1, "two callers were inside at once"
