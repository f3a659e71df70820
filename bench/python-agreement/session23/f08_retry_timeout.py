import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError

attempts = []


def flaky_call(attempt):
    attempts.append(attempt)
    # the first attempt hangs for a long time, the second is quick
    time.sleep(0.1 if attempt == 0 else 0.005)
    return f"ok on {attempt}"


def call_with_retries(ex, retries=3, timeout=0.02):
    for attempt in range(retries):
        fut = ex.submit(flaky_call, attempt)
        try:
            return fut.result(timeout=timeout)
        except TimeoutError:
            print("attempt", attempt, "timed out")
    raise RuntimeError("gave up")


def main():
    with ThreadPoolExecutor(max_workers=2) as ex:
        print(call_with_retries(ex))
    print("attempts", attempts)


main()
