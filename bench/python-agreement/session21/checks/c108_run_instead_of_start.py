# BUG: t.run() instead of t.start() runs the target in the calling thread, one after the other
import threading
import time

order = []


def worker(name, delay):
    time.sleep(delay)
    order.append(name)


a = threading.Thread(target=worker, args=("a", 0.03))
b = threading.Thread(target=worker, args=("b", 0.0))
a.run()
b.run()
order.append("main")
print(order)
