"""Submit health checks, collect with as_completed, record failures by exception type."""
from concurrent.futures import ThreadPoolExecutor, as_completed

SERVICES = {"auth": 200, "billing": 503, "search": 200, "email": -1}


class ServiceDown(Exception):
    pass


def check(name):
    code = SERVICES[name]
    if code < 0:
        raise ConnectionError(f"{name} unreachable")
    if code >= 500:
        raise ServiceDown(f"{name} returned {code}")
    return code


healthy = []
errors = []
error_kinds = {}

if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = {pool.submit(check, name): name for name in SERVICES}
        for fut in as_completed(futures):
            name = futures[fut]
            try:
                fut.result()
                healthy.append(name)
            except Exception as e:
                errors.append(str(e))
                error_kinds[name] = type(e).__name__
    healthy.sort()
    errors.sort()
    assert healthy == ["auth", "search"]
