"""A token-bucket rate limiter refilled from time.monotonic(); 3 threads take 6 tokens at 100 per second."""
import threading
import time


class TokenBucket:
    def __init__(self, rate: float, capacity: int) -> None:
        self.rate = rate
        self.capacity = capacity
        self.tokens = float(capacity)
        self.updated = time.monotonic()
        self.lock = threading.Lock()

    def take(self) -> bool:
        with self.lock:
            now = time.monotonic()
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
            self.updated = now
            if self.tokens >= 1:
                self.tokens -= 1
                return True
            return False


bucket = TokenBucket(rate=100.0, capacity=2)
granted = 0
denied = 0
count_lock = threading.Lock()


def client() -> None:
    global granted, denied
    for _ in range(2):
        ok = bucket.take()
        with count_lock:
            if ok:
                granted += 1
            else:
                denied += 1


threads = [threading.Thread(target=client) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(granted, denied)
