# check: a long C-level builtin (sum over a big range) in one thread against a 10 ms sleep in another
import threading
import time

order = []
total = 0


def crunch():
    global total
    total = sum(range(5_000_000))
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
