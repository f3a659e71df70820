import threading
import time


class TokenBucket:
    """Allow at most `rate` calls per `per` seconds; callers block until a token is free."""

    def __init__(self, rate, per):
        self.capacity = rate
        self.tokens = rate
        self.per = per
        self.lock = threading.Lock()
        self.last = time.monotonic()

    def _refill(self):
        now = time.monotonic()
        elapsed = now - self.last
        gained = int(elapsed * self.capacity / self.per)
        if gained:
            self.tokens = min(self.capacity, self.tokens + gained)
            self.last = now

    def acquire(self):
        while True:
            with self.lock:
                self._refill()
                if self.tokens > 0:
                    self.tokens -= 1
                    return
            time.sleep(0.005)


limiter = TokenBucket(rate=3, per=0.05)
served = []
served_lock = threading.Lock()


def call_api(client, requests):
    for r in range(requests):
        limiter.acquire()
        with served_lock:
            served.append((client, r))


start = time.monotonic()
clients = [threading.Thread(target=call_api, args=(c, 2)) for c in "xyz"]
for t in clients:
    t.start()
for t in clients:
    t.join()
elapsed = time.monotonic() - start

print("served:", len(served), "per client:", {c: sum(1 for s in served if s[0] == c) for c in "xyz"})
print("waited for refill:", elapsed >= 0.01)
