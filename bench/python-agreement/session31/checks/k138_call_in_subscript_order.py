# `totals[key()] += amount()`: the key call, then the read, then the amount call, then the write
import threading
import time

totals = {"a": 0}
order = []


def key():
    order.append("key")
    return "a"


def amount():
    time.sleep(0.001)
    order.append("amount")
    return 5


def worker():
    totals[key()] += amount()


ts = [threading.Thread(target=worker) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(totals, len(order))
