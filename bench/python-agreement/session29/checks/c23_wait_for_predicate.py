import threading
import time

cond = threading.Condition()
items = []
got = 0
waited_ok = 0


def consumer():
    global got, waited_ok
    with cond:
        if cond.wait_for(lambda: len(items) >= 2, timeout=0.5):
            waited_ok = 1
        got = len(items)


def producer():
    for i in range(3):
        time.sleep(0.002)
        with cond:
            items.append(i)
            cond.notify()


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
c.join()
p.join()
print(waited_ok, got)
