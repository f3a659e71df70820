# CPython 3.11.7 (10 runs): done=2 failed=1 checked=['web', 'cache', 'queue'] 8 runs, checked=['web', 'queue', 'cache'] 2 runs
# session17/f05 without its cancels (the value of an executor future's cancel() is refused) and its futures in a list display (its comprehension is another form): `sum(1 for f in done if f.exception() is not None)` over wait(FIRST_EXCEPTION)'s done
import time
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

checked = []


def health_check(service: str, delay: float) -> str:
    time.sleep(delay)
    if service == "db":
        raise ConnectionError("db is down")
    checked.append(service)
    return "ok"


services = [("web", 0.002), ("db", 0.004), ("cache", 0.020), ("queue", 0.020)]
executor = ThreadPoolExecutor(max_workers=2)
futures = [executor.submit(health_check, "web", 0.002), executor.submit(health_check, "db", 0.004), executor.submit(health_check, "cache", 0.020), executor.submit(health_check, "queue", 0.020)]
done, not_done = wait(futures, return_when=FIRST_EXCEPTION)
executor.shutdown(wait=True)
failed = sum(1 for f in done if f.exception() is not None)
print(f"done={len(done)} failed={failed} checked={checked}")
assert failed == 1
