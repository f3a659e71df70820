"""A CPU-bound thread (30 ms) and a thread that sleeps 1 ms then appends: the GIL's switch interval lets the sleeper in first."""
import threading
import time

order = []


def crunch(n):
    total = 0
    for i in range(n):
        total += i % 7
    return total


def cpu():
    crunch(700000)  # weft: cpu 30ms
    order.append("cpu")


def sleeper():
    time.sleep(0.001)
    order.append("sleeper")


threads = [threading.Thread(target=cpu), threading.Thread(target=sleeper)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(order)
