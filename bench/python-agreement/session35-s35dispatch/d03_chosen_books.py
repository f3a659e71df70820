# Buyers and sellers rest on one of two books chosen when each order is matched (its side comes from a
# queue): the order takes from the other side's book, or rests on its own.
import queue
import threading

bids = []
asks = [101]
orders = queue.Queue()
trades = []


def match(side, price):
    book, other = (bids, asks) if side == "buy" else (asks, bids)
    if other:
        taken = other.pop()
        trades.append(taken)
    else:
        book.append(price)


def matcher():
    while True:
        order = orders.get()
        if order is None:
            break
        side, price = order
        match(side, price)


def trader(side, price):
    orders.put((side, price))


engine = threading.Thread(target=matcher)
engine.start()
traders = [
    threading.Thread(target=trader, args=("buy", 102)),
    threading.Thread(target=trader, args=("buy", 100)),
    threading.Thread(target=trader, args=("sell", 99)),
]
for t in traders:
    t.start()
for t in traders:
    t.join()
orders.put(None)
engine.join()
print("bids", sorted(bids), "asks", asks, "trades", sorted(trades))
