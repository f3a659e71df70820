# A token bucket refilled from the clock: 3 tokens, one more every 10 ms; 3 threads take 2 tokens each.
import threading
import time


class TokenBucket:
    def __init__(self, capacity, refill_seconds):
        self.capacity = capacity
        self.tokens = capacity
        self.refill_seconds = refill_seconds
        self.lock = threading.Lock()
        self.last = None

    def take(self):
        while True:
            with self.lock:
                now = time.monotonic()
                if self.last is None:
                    self.last = now
                gained = int((now - self.last) / self.refill_seconds)
                if gained > 0:
                    self.tokens = min(self.capacity, self.tokens + gained)
                    self.last = now
                if self.tokens > 0:
                    self.tokens -= 1
                    return
            time.sleep(0.004)


bucket = TokenBucket(capacity=3, refill_seconds=0.01)
served = 0
served_lock = threading.Lock()


def client():
    global served
    for _ in range(2):
        bucket.take()
        with served_lock:
            served += 1


clients = [threading.Thread(target=client) for _ in range(3)]
for c in clients:
    c.start()
for c in clients:
    c.join()
bucket.last = None  # the stamp differs from run to run; the checked state is what was served
print("served:", served, "tokens left:", bucket.tokens)
