import threading


class TokenBucket:
    def __init__(self, capacity, refill_per_call):
        self.capacity = capacity
        self.tokens = capacity
        self.refill_per_call = refill_per_call
        self.lock = threading.Lock()
        self.granted = 0
        self.denied = 0

    def refill(self):
        with self.lock:
            self.tokens = min(self.capacity, self.tokens + self.refill_per_call)

    def try_acquire(self):
        with self.lock:
            if self.tokens > 0:
                self.tokens -= 1
                self.granted += 1
                return True
            self.denied += 1
            return False


bucket = TokenBucket(capacity=3, refill_per_call=1)
per_client = {}


def client(name, requests):
    got = 0
    for _ in range(requests):
        if bucket.try_acquire():
            got += 1
    per_client[name] = got


def refiller():
    for _ in range(2):
        bucket.refill()


threads = [threading.Thread(target=client, args=(f"c{i}", 3)) for i in range(2)]
threads.append(threading.Thread(target=refiller))
for t in threads:
    t.start()
for t in threads:
    t.join()
total = sum(per_client.values())
print("granted", bucket.granted, "denied", bucket.denied, "tokens", bucket.tokens, "sum ok", total == bucket.granted)
