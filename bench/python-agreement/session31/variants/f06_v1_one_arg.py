# BUG: the breaker's failure count is read and written without a lock, so concurrent failures can be lost
# and the breaker may stay closed after THRESHOLD failures
import time
from concurrent.futures import ThreadPoolExecutor


class CircuitOpen(Exception):
    pass


class CircuitBreaker:
    THRESHOLD = 3

    def __init__(self):
        self.failures = 0
        self.state = "closed"

    def call(self, fn, arg):
        if self.state == "open":
            raise CircuitOpen()
        try:
            return fn(arg)
        except ConnectionError:
            seen = self.failures
            time.sleep(0.0005)
            self.failures = seen + 1
            if self.failures >= self.THRESHOLD:
                self.state = "open"
            raise


def flaky_service(n):
    time.sleep(0.001)
    if n % 2 == 0:
        raise ConnectionError(f"request {n}")
    return n


breaker = CircuitBreaker()
outcomes = {"ok": 0, "error": 0, "rejected": 0}


def request(n):
    try:
        breaker.call(flaky_service, n)
        return "ok"
    except ConnectionError:
        return "error"
    except CircuitOpen:
        return "rejected"


with ThreadPoolExecutor(max_workers=3) as pool:
    for outcome in pool.map(request, [0, 2, 4, 1, 6]):
        outcomes[outcome] += 1

print("failures:", breaker.failures, "state:", breaker.state)
print("outcomes:", outcomes)
