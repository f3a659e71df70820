import threading
import time


class TokenBucket:
    """Allow at most `rate` calls per refill period; a refill thread tops the bucket up."""

    def __init__(self, rate):
        self.capacity = rate
        self.tokens = rate
        self.lock = threading.Lock()

    def refill(self):
        with self.lock:
            self.tokens = self.capacity

    def acquire(self):
        while True:
            with self.lock:
                if self.tokens > 0:
                    self.tokens -= 1
                    return
            time.sleep(0.005)


limiter = TokenBucket(rate=3)
served = []
served_lock = threading.Lock()
stop = threading.Event()


def refiller():
    while not stop.is_set():
        time.sleep(0.05)
        limiter.refill()


def call_api(client, requests):
    for r in range(requests):
        limiter.acquire()
        with served_lock:
            served.append((client, r))


refill_thread = threading.Thread(target=refiller, daemon=True)
refill_thread.start()
clients = [threading.Thread(target=call_api, args=(c, 2)) for c in "xyz"]
for t in clients:
    t.start()
for t in clients:
    t.join()
stop.set()

x_served = sum(1 for s in served if s[0] == "x")
print("served:", len(served), "x:", x_served)
