import threading
from collections import defaultdict

stats: dict[str, dict[str, int]] = {"get": {"count": 0, "bytes": 0}, "put": {"count": 0, "bytes": 0}}
by_user: defaultdict[str, int] = defaultdict(int)
lock = threading.Lock()


def record(method: str, user: str, size: int) -> None:
    with lock:
        stats[method]["count"] += 1
        stats[method]["bytes"] += size
        by_user[user] += size


calls = [("get", "ann", 10), ("put", "bob", 5), ("get", "bob", 7)]
threads = [threading.Thread(target=record, args=c) for c in calls]
for t in threads:
    t.start()
for t in threads:
    t.join()
get_count = stats["get"]["count"]
get_bytes = stats["get"]["bytes"]
bob = by_user["bob"]
print(get_count, get_bytes, bob)
