# Run health checks for several services concurrently and report them as they complete; a failing check
# raises and is reported as DOWN.
import concurrent.futures
import time

SERVICES = {"db": 0.004, "cache": 0.001, "search": 0.003, "billing": -1.0}


class CheckFailed(Exception):
    pass


def check(name):
    delay = SERVICES[name]
    if delay < 0:
        raise CheckFailed(f"{name} unreachable")
    time.sleep(delay)
    return int(delay * 1000)


status = {}
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as executor:
    future_to_name = {executor.submit(check, name): name for name in SERVICES}
    for future in concurrent.futures.as_completed(future_to_name):
        name = future_to_name[future]
        try:
            latency = future.result()
        except CheckFailed as exc:
            status[name] = f"DOWN ({exc})"
        else:
            status[name] = f"UP {latency}ms"

for name in sorted(status):
    print(name, status[name])
print("up", sum(1 for s in status.values() if s.startswith("UP")))
