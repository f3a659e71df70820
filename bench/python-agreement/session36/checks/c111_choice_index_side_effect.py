"""An item of a list of objects at a run-time position computed by a call with a side effect."""
import threading


class Box:
    def __init__(self):
        self.count = 0


boxes = [Box(), Box(), Box()]
cursor = [0]


def next_index():
    cursor[0] += 1
    return cursor[0] % 3


def worker():
    for _ in range(4):
        boxes[next_index()].count += 1


t = threading.Thread(target=worker)
t.start()
t.join()
counts = [b.count for b in boxes]
print(counts, cursor)
