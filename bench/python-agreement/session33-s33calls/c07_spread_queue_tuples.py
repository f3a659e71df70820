# A matcher thread takes (side, price, qty) tuples from a queue and calls fill(*order); a malformed
# order of two items is Python's TypeError at the call, caught and counted.
import queue
import threading

orders = queue.Queue()
book = {"buy": 0, "sell": 0}
rejected = []


def fill(side, price, qty):
    book[side] += price * qty


def matcher():
    while True:
        order = orders.get()
        if order is None:
            break
        try:
            fill(*order)
        except TypeError:
            rejected.append(len(order))


def trader(side, price, qty):
    orders.put((side, price, qty))


engine = threading.Thread(target=matcher)
engine.start()
traders = [
    threading.Thread(target=trader, args=("buy", 10, 2)),
    threading.Thread(target=trader, args=("sell", 11, 1)),
    threading.Thread(target=trader, args=("buy", 9, 3)),
]
for t in traders:
    t.start()
orders.put(("sell", 12))
for t in traders:
    t.join()
orders.put(None)
engine.join()
print(book, rejected)
