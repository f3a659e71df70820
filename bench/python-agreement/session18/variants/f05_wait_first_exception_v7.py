# wait(FIRST_EXCEPTION): stop waiting at the first failing check, cancel the checks not yet started.
import time
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

NAMES = ["disk", "memory", "network", "cpu"]
DELAYS_MS = [1, 2, 50, 50]
HEALTHY = [1, 0, 1, 1]

outcome = {}
cancelled = 0
first_error = ""


def run_check(i):
    time.sleep(DELAYS_MS[i] / 1000)
    if not HEALTHY[i]:
        raise RuntimeError("memory unhealthy")
    return NAMES[i]


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(run_check, i) for i in range(4)]
        done, pending = wait(futures, return_when=FIRST_EXCEPTION)
        for f in futures:
            if f.cancel():
                cancelled += 1
        for f in done:
            if not f.cancelled() and f.exception() is not None:
                first_error = str(f.exception())
    for name, f in zip(NAMES, futures):
        if f.cancelled():
            outcome[name] = "cancelled"
        elif f.exception() is not None:
            outcome[name] = "failed"
        else:
            outcome[name] = "ok"
    assert first_error == "memory unhealthy"
