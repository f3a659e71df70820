"""Health checks with wait(FIRST_EXCEPTION): a failing service stops the run and the rest are cancelled or reported."""
import time
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait


class ServiceDown(Exception):
    pass


def check(service, delay_ms, healthy):
    time.sleep(delay_ms / 1000)
    if not healthy:
        raise ServiceDown(service)
    return service


services = [("db", 2, True), ("cache", 1, False), ("queue", 20, True), ("auth", 30, True)]
with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(check, *s) for s in services]
    done, pending = wait(futures, return_when=FIRST_EXCEPTION)
    failed = [str(f.exception()) for f in futures if f in done and f.exception() is not None]
    cancelled = sum(1 for f in pending if f.cancel())

print("failed:", failed)
print("healthy so far:", sorted(f.result() for f in futures if f in done and f.exception() is None))
print("cancelled:", cancelled)
