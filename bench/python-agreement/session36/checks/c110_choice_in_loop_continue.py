"""A run-time choice between two shared lists inside a loop, with continue and break after it."""
import threading

bids = []
asks = []
orders = ["buy", "sell", "buy", "buy", "sell", "stop", "buy"]


def trader(my_orders):
    for side in my_orders:
        if side == "stop":
            break
        book = bids if side == "buy" else asks
        if len(book) >= 2:
            continue
        book.append(len(book))


t = threading.Thread(target=trader, args=(orders,))
t.start()
t.join()
print(bids, asks)
