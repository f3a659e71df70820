# `del items[0]` and `del items[-1]` racing an `append`; a `del` past the end raises IndexError.
import threading

items: list[int] = [1, 2, 3]
misses = 0
last = 0


def trim() -> None:
    global misses
    del items[0]
    del items[-1]
    try:
        del items[5]
    except IndexError:
        misses += 1


def add() -> None:
    items.append(4)


def look() -> None:
    global last
    last = items[-1]


threads = [threading.Thread(target=f) for f in (trim, add, look)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(items, misses, last)
