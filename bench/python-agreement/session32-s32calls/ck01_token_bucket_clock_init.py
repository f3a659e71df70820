# session30/t07's token bucket (its __init__ reads the clock: `self.last = time.monotonic()`), made
# inside main() so that no clock reading is a module global (agree.py compares globals literally, and
# CPython's clock is not weft's virtual time); the per-client counts written as a loop
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


served = []
served_lock = threading.Lock()


def call_api(limiter, client, requests):
    for r in range(requests):
        limiter.acquire()
        with served_lock:
            served.append((client, r))


def main():
    limiter = TokenBucket(rate=3, per=0.05)
    clients = [threading.Thread(target=call_api, args=(limiter, c, 2)) for c in "xyz"]
    for t in clients:
        t.start()
    for t in clients:
        t.join()
    per_client = {"x": 0, "y": 0, "z": 0}
    for client, _ in served:
        per_client[client] += 1
    print("served:", len(served), "per client:", per_client)


main()
