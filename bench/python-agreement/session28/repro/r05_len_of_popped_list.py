# imports, then every run faults at weft's own limit ("len() of an object inside an expression ... is not weft's yet"): len() of a list popped from a dict a thread filled with setdefault
import threading

groups: dict[str, list[int]] = {}


def add(key: str, value: int) -> None:
    groups.setdefault(key, []).append(value)


t = threading.Thread(target=add, args=("b", 2))
t.start()
t.join()
popped = len(groups.pop("b"))
print(popped)
assert popped == 1
