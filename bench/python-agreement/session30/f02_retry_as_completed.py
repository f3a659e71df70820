import time
from concurrent.futures import ThreadPoolExecutor, as_completed

failures_left = {"orders": 1, "users": 0, "stock": 2}
calls = {}


class ServiceDown(Exception):
    pass


def query(service):
    calls[service] = calls.get(service, 0) + 1
    time.sleep(0.001)
    if failures_left[service] > 0:
        failures_left[service] -= 1
        raise ServiceDown(service)
    return f"{service}:ok"


def query_with_retry(service, attempts=3):
    last_error = None
    for attempt in range(attempts):
        try:
            return query(service)
        except ServiceDown as error:
            last_error = error
            time.sleep(0.001 * (attempt + 1))  # back off
    raise last_error


answers = {}
errors = []
with ThreadPoolExecutor(max_workers=2) as pool:
    futures = {pool.submit(query_with_retry, s, 2): s for s in failures_left}
    for future in as_completed(futures):
        service = futures[future]
        try:
            answers[service] = future.result()
        except ServiceDown as error:
            errors.append(str(error))

print("answers:", dict(sorted(answers.items())))
print("errors:", errors, "calls:", dict(sorted(calls.items())))
