# An order book matching engine: traders submit orders to a queue; one matcher thread keeps resting bids
# and asks and fills crossing orders at the resting price.
import queue
import threading

orders = queue.Queue()
bids = []   # (price, qty, trader)
asks = []
trades = []


def best(book, better):
    if not book:
        return None
    idx = 0
    for i in range(1, len(book)):
        if better(book[i][0], book[idx][0]):
            idx = i
    return idx


def match(side, price, qty, trader):
    book, other = (bids, asks) if side == "buy" else (asks, bids)
    crosses = (lambda p: p <= price) if side == "buy" else (lambda p: p >= price)
    better = (lambda a, b: a < b) if side == "buy" else (lambda a, b: a > b)
    while qty > 0:
        i = best(other, better)
        if i is None or not crosses(other[i][0]):
            break
        rest_price, rest_qty, rest_trader = other[i]
        fill = min(qty, rest_qty)
        trades.append((trader, rest_trader, rest_price, fill))
        qty -= fill
        if fill == rest_qty:
            other.pop(i)
        else:
            other[i] = (rest_price, rest_qty - fill, rest_trader)
    if qty > 0:
        book.append((price, qty, trader))


def matcher():
    while True:
        order = orders.get()
        if order is None:
            break
        side, price, qty, name = order
        match(side, price, qty, name)


def trader(name, side, price, qty):
    orders.put((side, price, qty, name))


engine = threading.Thread(target=matcher)
engine.start()
traders = [
    threading.Thread(target=trader, args=("ann", "sell", 101, 5)),
    threading.Thread(target=trader, args=("bo", "buy", 102, 3)),
    threading.Thread(target=trader, args=("cy", "buy", 100, 4)),
]
for t in traders:
    t.start()
for t in traders:
    t.join()
orders.put(None)
engine.join()
volume = sum(fill for *_, fill in trades)
print("volume", volume, "resting bids", sorted(bids), "resting asks", sorted(asks))
