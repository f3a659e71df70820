# Check: a CPU-bound thread (~100 ms of Python) against a thread that sleeps 10 ms: the sleeper gets the GIL within the switch interval and finishes first. Bug: none.
import threading
import time

order = []


def crunch():
    s = 0
    for i in range(1_500_000):
        s += i
    order.append("cpu")


def nap():
    time.sleep(0.01)
    order.append("nap")


a = threading.Thread(target=crunch)
b = threading.Thread(target=nap)
a.start()
b.start()
a.join()
b.join()
print(f"order={order}")
