# check: costs of Python work: a thread in a long pure-Python loop against one that sleeps 2 ms (the sleeper gets the GIL at the switch interval)
import threading
import time

order = []


def crunch():
    total = 0
    for i in range(300000):
        total += i
    order.append(1)


def nap():
    time.sleep(0.002)
    order.append(2)


a = threading.Thread(target=crunch)
b = threading.Thread(target=nap)
a.start()
b.start()
a.join()
b.join()
