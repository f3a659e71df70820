# Dict iteration order after delete and re-insert, walked by a thread after a join.
import threading

stock = {}
stock["apple"] = 1
stock["pear"] = 2
stock["plum"] = 3
order = []


def restock():
    del stock["apple"]
    stock["fig"] = 4
    stock["apple"] = 5


def report():
    for name, count in stock.items():
        order.append(f"{name}={count}")


t = threading.Thread(target=restock)
t.start()
t.join()
r = threading.Thread(target=report)
r.start()
r.join()
