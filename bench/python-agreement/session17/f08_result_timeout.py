# no bug: a slow report times out in result(timeout=...) and the caller falls back to a cached value
import concurrent.futures
import time

outcome = "pending"
value = 0


def build_report() -> int:
    time.sleep(0.100)
    return 99


with concurrent.futures.ThreadPoolExecutor() as executor:
    future = executor.submit(build_report)
    try:
        value = future.result(timeout=0.010)
        outcome = "fresh"
    except concurrent.futures.TimeoutError:
        value = 7
        outcome = "cached"

print(f"outcome={outcome} value={value} finished={future.done()}")
assert outcome == "cached"
