"""A lock per key made up front, picked with an `if` (what weft's refusal of `defaultdict(threading.Lock)` suggests)."""
import threading

users_lock = threading.Lock()
orders_lock = threading.Lock()
computed = {"users": 0, "orders": 0}
cache: dict[str, int] = {}


def cached(key: str) -> int:
    if key == "users":
        with users_lock:
            if key not in cache:
                computed[key] += 1
                cache[key] = len(key) * 100
            return cache[key]
    with orders_lock:
        if key not in cache:
            computed[key] += 1
            cache[key] = len(key) * 100
        return cache[key]


def client(first: str, second: str) -> None:
    cached(first)
    cached(second)


threads = [
    threading.Thread(target=client, args=("users", "orders")),
    threading.Thread(target=client, args=("orders", "users")),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(computed)
assert computed == {"users": 1, "orders": 1}
