# Refused: a loop over a list another thread may rebind walks the old list in Python.
import threading

items: list[int] = [1, 2, 3]
total = 0


def reset() -> None:
    global items
    items = []


def walk() -> None:
    global total
    for x in items:
        total += x


threads = [threading.Thread(target=reset), threading.Thread(target=walk)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total)
