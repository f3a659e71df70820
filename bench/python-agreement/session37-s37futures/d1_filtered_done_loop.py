# Health checks with wait(ALL_COMPLETED): the futures that raised are picked out of the done set by
# their exception, then walked to count them and to sum the delays of the healthy ones.
import time
from concurrent.futures import ThreadPoolExecutor, wait


class Down(Exception):
    pass


CHECKS = [("db", 3, True), ("cache", 1, False), ("queue", 2, True), ("auth", 4, False)]
failures = 0
healthy_ms = 0


def check(name, delay_ms, healthy):
    time.sleep(delay_ms / 1000)
    if not healthy:
        raise Down(name)
    return delay_ms


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(check, *c) for c in CHECKS]
    done, _ = wait(futures)
    failed = [f for f in done if f.exception() is not None]
    ok = [f for f in done if f.exception() is None]
    for f in failed:
        failures += 1
    for g in ok:
        healthy_ms += g.result()
    print("failed:", [str(f.exception()) for f in failed])

print(f"failures={failures} healthy_ms={healthy_ms}")
