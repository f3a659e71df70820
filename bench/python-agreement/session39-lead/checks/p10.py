import threading
cond = threading.Condition()
items = []
consumed = []
def consumer(n):
    for _ in range(n):
        with cond:
            while not items:
                cond.wait()
            consumed.append(items.pop(0))
def producer():
    for i in range(4):
        with cond:
            items.append(i)
            cond.notify()
c1 = threading.Thread(target=consumer, args=(2,)); c2 = threading.Thread(target=consumer, args=(2,))
p = threading.Thread(target=producer)
for t in (c1, c2, p): t.start()
for t in (c1, c2, p): t.join()
print(sorted(consumed), items)
