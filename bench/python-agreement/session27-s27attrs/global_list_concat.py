# `items = items + [x]` (a module list rebound by concatenation, session26/repro/r04 without its alias):
# the read of the old list and the store of the new one are two steps; an `append` between is lost.
import threading

items: list[int] = []
lock = threading.Lock()


def add_copy(x: int) -> None:
    global items
    items = items + [x]


def add_front(x: int) -> None:
    global items
    with lock:
        items = [x] + items


def add_inplace(x: int) -> None:
    items.append(x)


threads = [
    threading.Thread(target=add_copy, args=(1,)),
    threading.Thread(target=add_front, args=(2,)),
    threading.Thread(target=add_inplace, args=(3,)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
final_len = len(items)
print(items, final_len)
