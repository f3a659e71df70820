# CPython 3.11.7, 10 runs (agree.py): ok orders=['tea'] misses=['tea'] (10 of 10); weft: that state and assertion_failed (both threads take the one tea: the bug), complete.
"""`for ... else` over items known at import time in an inlined function: the `else` runs only when
no pass broke out. Two threads race on the stock of the item they look for (check, then take)."""
import threading

stock = {"tea": 1, "cake": 0}
misses = []
orders = []


def order(wanted):
    for item in ["tea", "cake"]:
        if item == wanted and stock[item] > 0:
            stock[item] -= 1
            orders.append(item)
            break
    else:
        misses.append(wanted)


a = threading.Thread(target=order, args=("tea",))
b = threading.Thread(target=order, args=("tea",))
a.start()
b.start()
a.join()
b.join()
assert len(orders) == 1 and misses == ["tea"]
