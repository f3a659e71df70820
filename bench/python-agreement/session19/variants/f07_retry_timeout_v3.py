"""Flaky jobs retried up to MAX_ATTEMPTS times; each result waited for with a timeout."""
from concurrent.futures import ThreadPoolExecutor, TimeoutError as FutureTimeout
import threading

MAX_ATTEMPTS = 3
FAILS_BEFORE_SUCCESS = {"a": 0, "b": 1, "c": 2, "d": 5}

attempts = {}
attempts_lock = threading.Lock()


def flaky(name):
    with attempts_lock:
        attempts[name] = attempts.get(name, 0) + 1
        n = attempts[name]
    if n <= FAILS_BEFORE_SUCCESS[name]:
        raise RuntimeError(f"{name} attempt {n} failed")
    return f"{name}-ok"


def with_retries(name):
    last_error = ""
    for _ in range(MAX_ATTEMPTS):
        try:
            return flaky(name)
        except RuntimeError:
            last_error = "failed"
    return f"gave up: {last_error}"


outcomes = {}

if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as drivers:
        pending = []
        for name in FAILS_BEFORE_SUCCESS:
            fut = drivers.submit(with_retries, name)
            pending.append(fut)
        for name, fut in zip(FAILS_BEFORE_SUCCESS, pending):
            outcomes[name] = fut.result()
    assert outcomes["d"] == "gave up: failed"
