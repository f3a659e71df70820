"""wait(FIRST_EXCEPTION): one task fails fast; the pending tasks are cancelled or left to finish."""
import time
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait


def check(host):
    if host == "bad":
        raise ConnectionError(host)
    time.sleep(0.05)
    return host.upper()


executor = ThreadPoolExecutor(max_workers=2)
futures = [executor.submit(check, host) for host in ["bad", "alpha", "beta", "gamma"]]
done, not_done = wait(futures, return_when=FIRST_EXCEPTION)

errors = 0
for future in done:
    if future.exception() is not None:
        errors += 1
cancelled = 0
for future in not_done:
    if future.cancel():
        cancelled += 1
executor.shutdown(wait=True)
finished = sum(1 for f in futures if f.done() and not f.cancelled() and f.exception() is None)
print(errors, cancelled, finished)
assert errors == 1
assert cancelled + finished == 3
