"""A Lock acquired in one thread may be released by another (a Lock, not an RLock); used as a signal."""
import threading

gate = threading.Lock()
order = []
gate.acquire()


def opener():
    order.append("open")
    gate.release()


def passer():
    with gate:
        order.append("pass")


p = threading.Thread(target=passer)
o = threading.Thread(target=opener)
p.start()
o.start()
p.join()
o.join()
print(order)
