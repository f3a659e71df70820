import threading
from collections import defaultdict

groups: defaultdict[str, list[int]] = defaultdict(list)
order: dict[str, int] = {}
lock = threading.Lock()


def add(key: str, value: int) -> None:
    with lock:
        groups[key].append(value)
        order.pop(key, None)
        order[key] = value


for key, value in [("b", 1), ("a", 2), ("b", 3), ("c", 4), ("a", 5)]:
    t = threading.Thread(target=add, args=(key, value))
    t.start()
    t.join()
b_values = groups["b"]
b_len = len(b_values)
a_last = order["a"]
print(b_values, a_last)
