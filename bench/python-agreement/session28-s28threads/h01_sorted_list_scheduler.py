"""A scheduler keeping its shared list sorted under a lock (what weft's refusal of heapq on a shared list suggests)."""
import threading

_lock = threading.Lock()
pending: list[int] = []
order: list[int] = []


def schedule(priority: int) -> None:
    with _lock:
        pending.append(priority)
        pending.sort()


def worker() -> None:
    while True:
        with _lock:
            if not pending:
                return
            order.append(pending.pop(0))


for p in (3, 1, 2):
    schedule(p)
workers = [threading.Thread(target=worker) for _ in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(order)
assert order == [1, 2, 3]
