# CPython 3.11.7 (10 runs): ok left=1 (two threads each print(items.pop()) of a list of three).
# Before session 18 weft only read the pop inside print's arguments: complete, left=3.
import threading

items = []
items.append(1)
items.append(2)
items.append(3)
left = -1


def worker():
    print(items.pop())


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
left = len(items)
