"""A token-bucket rate limiter shared by request handler threads (fixed budget, no refill)."""
import threading

BUCKET_CAPACITY = 5
HANDLERS = 4
REQUESTS_PER_HANDLER = 2


class TokenBucket:
    def __init__(self, capacity):
        self.tokens = capacity
        self.granted = 0
        self.denied = 0
        self._lock = threading.Lock()

    def try_acquire(self):
        with self._lock:
            if self.tokens > 0:
                self.tokens -= 1
                self.granted += 1
                return True
            self.denied += 1
            return False


bucket = TokenBucket(BUCKET_CAPACITY)
log = []
log_lock = threading.Lock()


def handle_requests(handler_id):
    for n in range(REQUESTS_PER_HANDLER):
        ok = bucket.try_acquire()
        if ok:
            verdict = "ok"
        else:
            verdict = "429"
        with log_lock:
            log.append(f"h{handler_id}-r{n}:{verdict}")


def main():
    threads = [threading.Thread(target=handle_requests, args=(i,)) for i in range(HANDLERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert bucket.granted + bucket.denied == HANDLERS * REQUESTS_PER_HANDLER
    assert bucket.granted == BUCKET_CAPACITY


if __name__ == "__main__":
    main()
    accepted = sum(1 for line in log if line.endswith(":ok"))
