"""A cache with a lock per key: concurrent misses on one key compute it once."""
import threading
from collections import Counter, defaultdict

computations: Counter = Counter()
_cache: dict[str, int] = {}
_key_locks: defaultdict[str, threading.Lock] = defaultdict(threading.Lock)
_registry_lock = threading.Lock()


def _lock_for(key: str) -> threading.Lock:
    with _registry_lock:
        return _key_locks[key]


def expensive(key: str) -> int:
    computations[key] += 1
    return len(key) * 100


def cached(key: str) -> int:
    with _lock_for(key):
        if key not in _cache:
            _cache[key] = expensive(key)
        return _cache[key]


results: dict[str, list[int]] = defaultdict(list)


def client(keys: list[str]) -> None:
    for k in keys:
        results[k].append(cached(k))


threads = [
    threading.Thread(target=client, args=(["users", "orders"],)),
    threading.Thread(target=client, args=(["orders", "users"],)),
    threading.Thread(target=client, kwargs={"keys": ["users"]}),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
calls = dict(computations)
print(calls, {k: v for k, v in sorted(results.items())})
assert calls == {"users": 1, "orders": 1}
