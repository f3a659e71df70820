"""notify() wakes the longest waiting thread first (CPython's Condition keeps its waiters in a deque)."""
import threading
import time

cond = threading.Condition()
woke = []


def waiter(name):
    with cond:
        if cond.wait(timeout=0.1):
            woke.append(name)


first = threading.Thread(target=waiter, args=("first",))
second = threading.Thread(target=waiter, args=("second",))
first.start()
time.sleep(0.01)
second.start()
time.sleep(0.01)
with cond:
    cond.notify()
first.join()
second.join()
print(woke)
