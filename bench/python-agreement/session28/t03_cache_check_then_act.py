# BUG: check-then-act on a dict cache: several threads see the key missing and all compute it (atomicity violation)
import threading
import time

cache: dict[str, int] = {}
compute_calls = 0


def expensive(key: str) -> int:
    global compute_calls
    compute_calls += 1
    time.sleep(0.01)  # a slow lookup
    return len(key) * 10


def get(key: str) -> int:
    if key not in cache:
        cache[key] = expensive(key)
    return cache[key]


results = [0, 0, 0]


def client(slot: int) -> None:
    results[slot] = get("config")


threads = [threading.Thread(target=client, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"results={results} compute_calls={compute_calls}")
assert compute_calls == 1, f"computed {compute_calls} times"
