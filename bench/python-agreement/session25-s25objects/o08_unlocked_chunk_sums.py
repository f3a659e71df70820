# BUG: lost update: `total += n` of a global by threads over a helper's chunks without a lock
"""Chunks from a helper, summed into one global without a lock."""
import threading

VALUES = [1, 2, 3, 4]
total = 0


def split(items, parts):
    size = (len(items) + parts - 1) // parts
    return [items[i:i + size] for i in range(0, len(items), size)]


def add(chunk):
    global total
    for n in chunk:
        current = total
        total = current + n


workers = [threading.Thread(target=add, args=(chunk,)) for chunk in split(VALUES, 2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
assert total == 10, total
print(total)
