"""Retry a slow call: result(timeout=...) raises TimeoutError, and the call is retried with a longer budget."""
import concurrent.futures
import time

attempts = 0
timeouts = 0


def slow_service(delay):
    time.sleep(delay)
    return "payload"


def call_with_retries(executor, budgets):
    global attempts, timeouts
    for budget in budgets:
        attempts += 1
        future = executor.submit(slow_service, 0.03)
        try:
            return future.result(timeout=budget)
        except concurrent.futures.TimeoutError:
            timeouts += 1
    raise RuntimeError("gave up")


with concurrent.futures.ThreadPoolExecutor(max_workers=2) as executor:
    reply = call_with_retries(executor, [0.005, 0.01, 0.2])

print(reply, attempts, timeouts)
assert reply == "payload" and attempts == 3 and timeouts == 2
