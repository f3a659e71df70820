import threading

groups: dict[str, list[int]] = {}
popped = 0
missing = 0
lock = threading.Lock()


def add(key: str, value: int) -> None:
    with lock:
        groups.setdefault(key, []).append(value)


threads = [threading.Thread(target=add, args=(k, v)) for k, v in [("a", 1), ("b", 2), ("a", 3)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
a_total = sum(groups["a"])
popped = len(groups.pop("b"))
missing = groups.pop("zzz", -5)
print(a_total, popped, missing, len(groups))
assert a_total == 4 and popped == 1 and missing == -5 and len(groups) == 1
