# an unannotated pure-Python loop (~130 ms in CPython 3.11 here) against a 60 ms sleep in another thread
import threading
import time

order = []


def compute():
    total = 0
    for i in range(1_000_000):
        total += i
    order.append("compute")


def sleeper():
    time.sleep(0.06)
    order.append("sleeper")


threads = [threading.Thread(target=compute), threading.Thread(target=sleeper)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(order)
