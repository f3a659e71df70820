"""Condition.wait_for with a predicate; its return value with and without a time-out."""
import threading
import time

cond = threading.Condition()
stock = 0
got = -1
timed = -1


def restock():
    global stock
    time.sleep(0.005)
    with cond:
        stock += 3
        cond.notify_all()


def buyer():
    global got, timed
    with cond:
        got = 1 if cond.wait_for(lambda: stock >= 2) else 0
    with cond:
        timed = 1 if cond.wait_for(lambda: stock >= 10, timeout=0.01) else 0


if __name__ == "__main__":
    b = threading.Thread(target=buyer)
    r = threading.Thread(target=restock)
    b.start()
    r.start()
    b.join()
    r.join()
