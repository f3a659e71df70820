# no bug: wait(FIRST_EXCEPTION) stops at the failing health check and cancels the checks not started yet
import time
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

checked = []


def health_check(service: str, delay: float) -> str:
    time.sleep(delay)
    if service == "db":
        raise ConnectionError("db is down")
    checked.append(service)
    return "ok"


DELAYS = {"web": 0.002, "db": 0.004, "cache": 0.020, "queue": 0.020}
executor = ThreadPoolExecutor(max_workers=2)
futures = [executor.submit(health_check, name, DELAYS[name]) for name in DELAYS]
done, not_done = wait(futures, return_when=FIRST_EXCEPTION)
cancelled = 0
for f in not_done:
    if f.cancel():
        cancelled += 1
executor.shutdown(wait=True)
failed = 0
for f in done:
    if f.exception() is not None:
        failed += 1
print(f"done={len(done)} failed={failed} cancelled={cancelled} checked={checked}")
assert failed == 1
