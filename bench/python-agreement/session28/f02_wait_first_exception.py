import time
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait


def check(host: str, delay: float, healthy: bool) -> str:
    time.sleep(delay)
    if not healthy:
        raise ConnectionError(f"{host} is down")
    return host


hosts = [("db", 0.01, True), ("cache", 0.02, False), ("queue", 0.3, True)]
failures = 0
pending_at_failure = 0
ok_hosts = 0

with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(check, *h) for h in hosts]
    done, not_done = wait(futures, return_when=FIRST_EXCEPTION)
    pending_at_failure = len(not_done)
    for fut in done:
        if fut.exception() is not None:
            failures += 1
            print(f"failed: {fut.exception()}")
        else:
            ok_hosts += 1
    for fut in not_done:
        fut.cancel()  # already running: cannot be cancelled

print(f"failures={failures} ok={ok_hosts} pending={pending_at_failure}")
assert failures == 1 and ok_hosts == 1 and pending_at_failure == 1
