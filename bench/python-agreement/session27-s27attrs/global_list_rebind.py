# A module list rebound by a function (`global items; items = [...]`) while another thread appends.
import threading

items: list[int] = [1, 2]
seen = 0


def replace() -> None:
    global items
    items = [7]


def add() -> None:
    items.append(3)


def look() -> None:
    global seen
    if items:
        seen = items[0]


threads = [threading.Thread(target=f) for f in (replace, add, look)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(items, seen)
