# BUG: a worker appends to the list setdefault gave it after main popped that list and took its len: the count misses the item and the key is gone
import threading

groups: dict[str, list[int]] = {}


def add(key: str, value: int) -> None:
    groups.setdefault(key, []).append(value)


add("a", 1)
t = threading.Thread(target=add, args=("a", 2))
t.start()
count = len(groups.pop("a"))
t.join()
left = len(groups)
print(count, left)
total = count + left
assert total == 2
