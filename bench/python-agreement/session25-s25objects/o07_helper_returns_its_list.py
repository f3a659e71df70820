"""A helper whose list of lists holds its argument itself (an alias of the module's list): not computed
at import time, since a write through the alias would change the module list too."""
import threading

DATA = [1, 2, 3]
total = 0


def twice(items):
    return [items, items]


def add_all(chunk):
    global total
    for n in chunk:
        total += n


pairs = twice(DATA)
threads = [threading.Thread(target=add_all, args=(p,)) for p in pairs]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total)
