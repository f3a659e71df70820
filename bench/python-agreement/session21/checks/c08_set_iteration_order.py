# a set of small ints iterates in hash order, not insertion order
import threading

seen = set()
order = []
lock = threading.Lock()


def mark(n):
    with lock:
        seen.add(n)


for n in [3, 1, 2]:
    t = threading.Thread(target=mark, args=(n,))
    t.start()
    t.join()
for n in seen:
    order.append(n)
print(order)
