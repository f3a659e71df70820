# CPython 3.11.7, 10 runs (agree.py): ok taken=[5, 1, 4, 1, 3] (10 of 10); weft: 14 orders of the five items, that one among them, no deadlock, complete.
"""An early `return` from inside a `while` of an inlined function, and a `return` inside `with`: the
lock is released on the way out, so the other worker never waits for ever."""
import threading

lock = threading.Lock()
queue_items = [3, 1, 4, 1, 5]
taken = []


def next_item():
    while True:
        with lock:
            if not queue_items:
                return -1
            item = queue_items.pop()
            if item > 0:
                return item


def worker():
    while True:
        item = next_item()
        if item < 0:
            break
        taken.append(item)


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert sorted(taken) == [1, 1, 3, 4, 5]
