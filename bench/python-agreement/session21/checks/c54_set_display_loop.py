# a loop over a set display goes in hash order
import threading

order = []
lock = threading.Lock()


def visit(n):
    with lock:
        order.append(n)


for n in {30, 10, 20}:
    t = threading.Thread(target=visit, args=(n,))
    t.start()
    t.join()
print(order)
