# BUG: a checker adds two whole reads of a list a producer still fills (`sum(items) + sum(x * 2 for x in
# items)`): the first is one C call, the second a generator that may see more items than the first did.
# CPython 3.11.7 (agree.py --runs 10, 2026-11-30): result={'t': 18} (10 of 10); weft explore: 10 outcomes, complete, 18 among them.
import threading

items = []
lock = threading.Lock()
result = {}


def producer():
    for n in (1, 2, 3):
        with lock:
            items.append(n)


def checker():
    result["t"] = sum(items) + sum(x * 2 for x in items)


p = threading.Thread(target=producer)
c = threading.Thread(target=checker)
p.start()
c.start()
p.join()
c.join()
print(result)
