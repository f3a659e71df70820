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
keys = list(order)
first_key = keys[0]
last_key = keys[-1]
b_values = groups["b"]
top = max(order, key=order.get)
print(keys, b_values, top)
