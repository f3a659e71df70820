import threading
import time

items: list[int] = []
lock = threading.Lock()


def add_copy(x: int) -> None:
    global items
    with lock:
        items = items + [x]


def add_inplace(x: int) -> None:
    with lock:
        items.append(x)


held = items
threads = [threading.Thread(target=add_copy, args=(1,)), threading.Thread(target=add_inplace, args=(2,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
final_len = len(items)
held_len = len(held)
print(items, held)
