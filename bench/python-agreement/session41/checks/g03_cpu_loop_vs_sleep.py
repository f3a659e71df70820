# check: a long pure-Python loop in one thread against a 10 ms sleep in another
import threading
import time

order = []
total = 0


def crunch():
    global total
    acc = 0
    for i in range(1_000_000):
        acc += i
    total = acc
    order.append("crunch")


def nap():
    time.sleep(0.01)
    order.append("nap")


a = threading.Thread(target=crunch)
b = threading.Thread(target=nap)
a.start()
b.start()
a.join()
b.join()
print(order, total)
