import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

attempt_delays = [0.3, 0.2, 0.01]  # the service gets faster on each retry


def call_service(attempt):
    time.sleep(attempt_delays[attempt])
    return f"response#{attempt}"


def call_with_retries(executor, timeout, retries):
    for attempt in range(retries):
        future = executor.submit(call_service, attempt)
        try:
            return future.result(timeout=timeout)
        except FutureTimeout:
            print(f"attempt {attempt} timed out")
    raise RuntimeError("service unavailable")


with ThreadPoolExecutor(max_workers=4) as executor:
    print(call_with_retries(executor, timeout=0.05, retries=3))
    try:
        call_with_retries(executor, timeout=0.001, retries=1)
    except RuntimeError as e:
        print("error:", e)
