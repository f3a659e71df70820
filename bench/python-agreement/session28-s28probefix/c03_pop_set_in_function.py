# A function pops a set of a defaultdict(set) and tests it: truth, len and membership
import threading
from collections import defaultdict

seen: defaultdict = defaultdict(set)
lock = threading.Lock()


def mark(key: str, value: int) -> None:
    with lock:
        seen[key].add(value)


def drain(key: str) -> int:
    with lock:
        members = seen.pop(key)
    if members and 7 in members:
        return len(members)
    return 0


threads = [threading.Thread(target=mark, args=("k", v)) for v in (7, 8, 7)]
for t in threads:
    t.start()
for t in threads:
    t.join()
result = drain("k")
print(result)
assert result == 2
