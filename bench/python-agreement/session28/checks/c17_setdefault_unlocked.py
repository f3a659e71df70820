import threading

groups: dict[str, list[int]] = {}


def add(key: str, value: int) -> None:
    groups.setdefault(key, []).append(value)  # setdefault is one C call


threads = [threading.Thread(target=add, args=("k", v)) for v in (1, 2, 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
size = len(groups["k"])
print(size)
assert size == 3
