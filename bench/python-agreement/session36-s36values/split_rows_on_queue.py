"""A parser puts each line's fields (`line.split(":")`, a list) on a queue; a loader unpacks them.

The list is a list at the other end: the loader reads its length and its items by index."""
import queue
import threading

rows = queue.Queue()
loaded = {}
widths = []


def parse(lines):
    for line in lines:
        rows.put(line.split(":"))
    rows.put(None)


def load():
    while True:
        row = rows.get()
        if row is None:
            break
        key, value = row
        loaded[key] = value + row[-1]
        widths.append(len(row))


threads = [threading.Thread(target=parse, args=(["a:1", "b:2"],)), threading.Thread(target=load)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(loaded, widths)
