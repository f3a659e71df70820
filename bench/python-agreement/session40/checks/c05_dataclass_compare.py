# Check: dataclass equality and ordering (order=True) across threads. Bug: none.
import threading
from dataclasses import dataclass


@dataclass(order=True)
class Ver:
    major: int
    minor: int


seen = []
lock = threading.Lock()
equal = 0
newer = 0


def check(a, b):
    global equal, newer
    with lock:
        if Ver(*a) == Ver(*b):
            equal += 1
        if Ver(*a) > Ver(*b):
            newer += 1


pairs = [((1, 2), (1, 2)), ((2, 0), (1, 9)), ((1, 10), (1, 9)), ((0, 1), (1, 0))]
threads = [threading.Thread(target=check, args=p) for p in pairs]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"equal={equal} newer={newer}")
