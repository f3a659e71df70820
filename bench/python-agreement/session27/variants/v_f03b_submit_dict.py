"""Retries with exponential back-off inside pool tasks; a flaky service fails the first attempts."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor

attempts: dict[str, int] = {}
attempts_lock = threading.Lock()
FAILS_BEFORE_SUCCESS = {"inventory": 2, "pricing": 0, "shipping": 1}


class TransientError(Exception):
    pass


def call_service(name: str) -> str:
    with attempts_lock:
        attempts[name] = attempts.get(name, 0) + 1
        n = attempts[name]
    if n <= FAILS_BEFORE_SUCCESS[name]:
        raise TransientError(name)
    return f"{name}-v{n}"


def with_retries(name: str, max_attempts: int = 4, base_delay: float = 0.002) -> str:
    for attempt in range(max_attempts):
        try:
            return call_service(name)
        except TransientError:
            time.sleep(base_delay * 2**attempt)
    raise RuntimeError(f"{name} failed {max_attempts} times")


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = {name: pool.submit(with_retries, name) for name in FAILS_BEFORE_SUCCESS}
    answers = {name: fut.result() for name, fut in futures.items()}
total_attempts = sum(attempts.values())
print(answers, f"attempts={total_attempts}")
assert answers == {"inventory": "inventory-v3", "pricing": "pricing-v1", "shipping": "shipping-v2"}
