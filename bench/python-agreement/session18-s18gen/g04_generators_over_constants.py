# CPython 3.11.7, 10 runs (agree.py): total=68 report=['ada', 'bob', 'cy'] in all 10.
# weft explore: 1 outcome, complete, the same (each generator computed at import time).
# Generators over module constants consumed whole by builtins and comprehensions, in threads.
import threading

PRICES = [3, 5, 8, 13]
NAMES = ("ada", "bob", "cy")
lock = threading.Lock()
total = 0
report = []


def evens(limit):
    n = 0
    while n < limit:
        if n % 2 == 0:
            yield n
        n += 1


def discounted(prices, percent):
    for index, price in enumerate(prices):
        yield index, price - price * percent // 100


def labels(names):
    for position, name in enumerate(names):
        yield name + str(position) if False else name


def summer():
    global total
    subtotal = 0
    for index, price in discounted(PRICES, 50):
        subtotal += price * (index + 1)
    with lock:
        total += subtotal


def lister():
    global total
    count = sum(evens(7)) + len([n for n in evens(7)]) + max(evens(5))
    if max(evens(7)) > 4:
        with lock:
            total += count


threads = [threading.Thread(target=summer), threading.Thread(target=lister)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in labels(NAMES):
    report.append(name)
print(total, report)
