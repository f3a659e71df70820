# A defaultdict(list) two threads fill; main pops a key: len(), a loop and membership of the popped list
import threading
from collections import defaultdict

groups: defaultdict = defaultdict(list)


def add(key: str, value: int) -> None:
    groups[key].append(value)


threads = [threading.Thread(target=add, args=("b", v)) for v in (2, 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
popped = groups.pop("b")
size = len(popped)
total = 0
for v in popped:
    total += v
has_three = 3 in popped
print(size, total, has_three, len(groups))
assert size == 2 and total == 5 and has_three
