"""Condition.notify() wakes one waiter, the one that waited first (CPython keeps its waiters in a deque)."""
import threading
import time

cond = threading.Condition()
woken: list[str] = []
timed_out: list[str] = []


def waiter(name: str) -> None:
    with cond:
        if cond.wait(timeout=0.1):
            woken.append(name)
        else:
            timed_out.append(name)


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
print(woken, timed_out)
