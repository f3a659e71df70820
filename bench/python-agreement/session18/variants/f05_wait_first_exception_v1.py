# wait(FIRST_EXCEPTION): stop waiting at the first failing check, cancel the checks not yet started.
import time
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

CHECKS = [("disk", 0.001, True), ("memory", 0.002, False), ("network", 0.05, True), ("cpu", 0.05, True)]

outcome = {}
cancelled = 0
first_error = ""


def run_check(name, delay, healthy):
    time.sleep(delay)
    if not healthy:
        raise RuntimeError(f"{name} unhealthy")
    return name


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(run_check, name, delay, healthy) for name, delay, healthy in CHECKS]
        done, pending = wait(futures, return_when=FIRST_EXCEPTION)
        for f in pending:
            if f.cancel():
                cancelled += 1
        for f in done:
            if f.exception() is not None:
                first_error = str(f.exception())
    for (name, _, _), f in zip(CHECKS, futures):
        if f.cancelled():
            outcome[name] = "cancelled"
        elif f.exception() is not None:
            outcome[name] = "failed"
        else:
            outcome[name] = "ok"
    assert first_error == "memory unhealthy"
