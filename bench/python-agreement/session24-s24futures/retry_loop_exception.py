# session21/f08's retry helper, called in a loop of its own (the comprehension is s24hoist's form):
# a job that raises twice, then returns; the retry loop catches the job's exception and submits again.
import threading
from concurrent.futures import ThreadPoolExecutor

attempts = {}
attempts_lock = threading.Lock()
outcomes = []


class TransientError(Exception):
    pass


def flaky_fetch(key):
    with attempts_lock:
        attempts[key] = attempts.get(key, 0) + 1
        count = attempts[key]
    if count < 3 and key != "stable":
        raise TransientError(f"{key} attempt {count}")
    return f"{key}:ok"


def fetch_with_retry(pool, key, retries=3):
    for attempt in range(retries):
        future = pool.submit(flaky_fetch, key)
        try:
            return future.result(timeout=1)
        except TransientError:
            continue
    return f"{key}:failed"


with ThreadPoolExecutor(max_workers=2, thread_name_prefix="fetch") as pool:
    for key in ["alpha", "stable", "beta"]:
        outcomes.append(fetch_with_retry(pool, key))
print(outcomes)
print("attempts:", dict(sorted(attempts.items())))
