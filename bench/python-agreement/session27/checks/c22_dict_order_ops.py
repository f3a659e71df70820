"""Dict order after delete and re-insert; popitem takes the last; sorted strings put capitals first."""
import threading

d: dict[str, int] = {}
popped: list[str] = []
order: list[str] = []


def work() -> None:
    for k in ("x", "y", "z"):
        d[k] = len(k)
    del d["x"]
    d["x"] = 9
    key, _ = d.popitem()
    popped.append(key)
    order.extend(d)
    order.extend(sorted(["b", "B", "a", "10", "9"]))


t = threading.Thread(target=work)
t.start()
t.join()
print(popped, order, d)
