"""`defaultdict(threading.RLock)`: refused with the reason (a lock made on a key's first use)."""
import threading
from collections import defaultdict

locks = defaultdict(threading.RLock)
hits = {"a": 0}


def hit() -> None:
    with locks["a"]:
        hits["a"] += 1


t = threading.Thread(target=hit)
t.start()
t.join()
assert hits["a"] == 1
