# no bug: a dict walks its keys in insertion order, not sorted order
import threading

registry = {}
names_in_order = []


def register(name, port):
    registry[name] = port


t1 = threading.Thread(target=register, args=("zeta", 3))
t1.start()
t1.join()
t2 = threading.Thread(target=register, args=("alpha", 1))
t2.start()
t2.join()
for name in registry:
    names_in_order.append(name)
print(names_in_order)
