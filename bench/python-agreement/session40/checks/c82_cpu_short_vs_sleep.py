# Check: a short CPU loop (well under 1 ms) against a 30 ms sleep: the loop finishes first. Bug: none.
import threading
import time

order = []


def crunch():
    s = 0
    for i in range(2000):
        s += i
    order.append("cpu")


def nap():
    time.sleep(0.03)
    order.append("nap")


b = threading.Thread(target=nap)
a = threading.Thread(target=crunch)
b.start()
a.start()
a.join()
b.join()
print(f"order={order}")
