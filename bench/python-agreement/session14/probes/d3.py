# notify(1) with two waiters, one item each time
import threading
import time

cond = threading.Condition()
items = 0
woken = 0


def consumer():
    global items, woken
    with cond:
        while items == 0:
            if not cond.wait(timeout=0.1):
                return
        items -= 1
        woken += 1


def producer():
    global items
    time.sleep(0.01)
    with cond:
        items += 1
        cond.notify()


cs = [threading.Thread(target=consumer) for _ in range(2)]
for c in cs:
    c.start()
p = threading.Thread(target=producer)
p.start()
for c in cs:
    c.join()
p.join()
print(items, woken)
