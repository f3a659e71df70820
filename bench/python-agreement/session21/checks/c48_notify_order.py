# Condition.notify() wakes the waiters in the order they started waiting
import threading
import time

cond = threading.Condition()
woken = []
turns = 0


def waiter(name):
    global turns
    with cond:
        cond.wait()
        woken.append(name)


threads = []
for name in ["first", "second", "third"]:
    t = threading.Thread(target=waiter, args=(name,))
    t.start()
    threads.append(t)
    time.sleep(0.01)
for _ in range(3):
    with cond:
        cond.notify()
    time.sleep(0.01)
for t in threads:
    t.join()
print(woken)
