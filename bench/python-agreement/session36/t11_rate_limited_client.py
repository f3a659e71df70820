# A rate-limited API client: at most 2 requests in flight (a Semaphore); a request that fails is retried
# up to 3 times; results are collected in a dict under a lock.
import threading
import time

in_flight = threading.BoundedSemaphore(2)
results_lock = threading.Lock()
results = {}
attempts = {}
peak = 0
active = 0
FLAKY = {"/users": 2, "/orders": 0, "/items": 1, "/stats": 0}  # failures before success


class TransientError(Exception):
    pass


def call_api(path):
    global active, peak
    with in_flight:
        with results_lock:
            active += 1
            peak = max(peak, active)
            attempts[path] = attempts.get(path, 0) + 1
            failing = attempts[path] <= FLAKY[path]
        time.sleep(0.002)
        with results_lock:
            active -= 1
        if failing:
            raise TransientError(path)
        return len(path) * 10


def fetch(path):
    for attempt in range(3):
        try:
            value = call_api(path)
        except TransientError:
            time.sleep(0.001 * (attempt + 1))  # back off
            continue
        with results_lock:
            results[path] = value
        return
    with results_lock:
        results[path] = -1


threads = [threading.Thread(target=fetch, args=(p,)) for p in FLAKY]
for t in threads:
    t.start()
for t in threads:
    t.join()

total_attempts = sum(attempts.values())
print(f"results={dict(sorted(results.items()))} attempts={total_attempts} peak={peak} active={active}")
