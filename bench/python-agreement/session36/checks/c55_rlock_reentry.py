"""An RLock taken twice by one thread blocks another until both releases."""
import threading
import time

rlock = threading.RLock()
order = []


def owner():
    with rlock:
        order.append("outer")
        with rlock:
            order.append("inner")
            time.sleep(0.01)
        time.sleep(0.01)
        order.append("outer-end")


def other():
    time.sleep(0.002)
    with rlock:
        order.append("other")


threads = [threading.Thread(target=owner), threading.Thread(target=other)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(order)
