import threading
from collections import defaultdict

local = threading.local()
totals: defaultdict[str, int] = defaultdict(int)
totals_lock = threading.Lock()


def handle(requests: list[int]) -> None:
    local.count = 0
    local.bytes = 0
    for size in requests:
        local.count += 1
        local.bytes += size
    with totals_lock:
        totals["count"] += local.count
        totals["bytes"] += local.bytes
    print(f"{threading.current_thread().name:>8}: {local.count} requests, {local.bytes:4d} bytes")


batches = [[10, 20], [5], [7, 7, 7]]
threads = [
    threading.Thread(target=handle, args=(batch,), name=f"handler{i}")
    for i, batch in enumerate(batches)
]
for t in threads:
    t.start()
for t in threads:
    t.join()

count = totals["count"]
size = totals["bytes"]
print(f"total: {count} requests, {size} bytes")
assert count == 6 and size == 56
