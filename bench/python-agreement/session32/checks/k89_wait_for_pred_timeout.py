# Condition.wait_for(predicate, timeout) returns the predicate's last value.
import threading
import time

cond = threading.Condition()
stock = 0
got = []


def restock():
    global stock
    time.sleep(0.02)
    with cond:
        stock = 2
        cond.notify_all()


def buyer(timeout):
    with cond:
        ok = cond.wait_for(lambda: stock > 0, timeout=timeout)
        got.append(1 if ok else 0)


r = threading.Thread(target=restock)
b1 = threading.Thread(target=buyer, args=(0.001,))
b2 = threading.Thread(target=buyer, args=(1.0,))
for t in (r, b1, b2):
    t.start()
for t in (r, b1, b2):
    t.join()
print(sorted(got))
