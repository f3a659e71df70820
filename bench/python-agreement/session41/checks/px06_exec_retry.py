# check (program): executor jobs with a retry loop and as_completed, counting attempts per job
from concurrent.futures import ThreadPoolExecutor, as_completed
import threading

attempts = {"a": 0, "b": 0, "c": 0}
lock = threading.Lock()
FAIL_TIMES = {"a": 0, "b": 2, "c": 5}


def flaky(name):
    for attempt in range(1, 4):
        with lock:
            attempts[name] += 1
        if attempt > FAIL_TIMES[name]:
            return f"{name}@{attempt}"
    raise TimeoutError(f"{name} gave up")


results = []
errors = []
with ThreadPoolExecutor(max_workers=2) as pool:
    futs = [pool.submit(flaky, n) for n in ("a", "b", "c")]
    for f in as_completed(futs):
        try:
            results.append(f.result())
        except TimeoutError as e:
            errors.append(str(e))
print(sorted(results), errors, attempts)
