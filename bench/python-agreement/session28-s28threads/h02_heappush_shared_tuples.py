"""`heapq` on a shared list of tuples under a lock, as session27/t11: refused with the reason."""
import heapq
import threading

_lock = threading.Lock()
heap: list[tuple[int, str]] = []


def add(priority: int, name: str) -> None:
    with _lock:
        heapq.heappush(heap, (priority, name))


threads = [threading.Thread(target=add, args=(p, n)) for p, n in ((2, "b"), (1, "a"))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(heap[0])
assert heap[0] == (1, "a")
