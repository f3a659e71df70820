# bug: check-then-act: two threads both see one token left and both take it, so the bucket goes negative
import threading
import time


class TokenBucket:
    def __init__(self, capacity: int):
        self.tokens = capacity
        self.granted = 0

    def try_acquire(self) -> bool:
        if self.tokens > 0:
            time.sleep(0.001)  # bookkeeping
            self.tokens -= 1
            self.granted += 1
            return True
        return False


bucket = TokenBucket(1)
threads = [threading.Thread(target=bucket.try_acquire) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"tokens={bucket.tokens} granted={bucket.granted}")
assert bucket.tokens >= 0
