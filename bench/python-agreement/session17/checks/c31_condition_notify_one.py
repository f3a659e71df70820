# no bug: notify() wakes one waiter at a time; the waiters queue up in the order they waited
import threading
import time

cond = threading.Condition()
woken = []
tickets = 0


def waiter(name):
    global tickets
    with cond:
        while tickets == 0:
            cond.wait()
        tickets -= 1
        woken.append(name)


ws = [threading.Thread(target=waiter, args=(n,)) for n in ("w0", "w1", "w2")]
for w in ws:
    w.start()
    time.sleep(0.002)
for _ in range(3):
    with cond:
        tickets += 1
        cond.notify()
    time.sleep(0.002)
for w in ws:
    w.join()
print(woken)
