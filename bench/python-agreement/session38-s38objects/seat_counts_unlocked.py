# BUG lost update: two threads bump the same slot of a fixed-length list without a lock; the report walks it.
import threading

slots = [0, 0]


def bump(slot, times):
    for _ in range(times):
        value = slots[slot]
        slots[slot] = value + 1


a = threading.Thread(target=bump, args=(0, 2))
b = threading.Thread(target=bump, args=(0, 2))
a.start()
b.start()
a.join()
b.join()

report = {slot: count for slot, count in enumerate(slots)}
print(report)
assert report[0] == 4, f"lost update: {report}"
