import threading

order = []
lock = threading.Lock()


def child(n):
    with lock:
        order.append(n)


def parent():
    kids = [threading.Thread(target=child, args=(n,)) for n in (2, 3)]
    with lock:
        order.append(1)
    for k in kids:
        k.start()
    for k in kids:
        k.join()
    with lock:
        order.append(4)


p = threading.Thread(target=parent)
p.start()
p.join()
first = order[0]
last = order[-1]
print(order, first, last)
