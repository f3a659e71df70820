# check: Condition.wait_for with a time-out returns the predicate's last value
import threading
import time

cond = threading.Condition()
box = []
results = []


def waiter():
    with cond:
        results.append(cond.wait_for(lambda: len(box) >= 2, timeout=0.05))
        results.append(len(box))


def filler():
    for x in (1, 2):
        time.sleep(0.01)
        with cond:
            box.append(x)
            cond.notify()


w = threading.Thread(target=waiter)
f = threading.Thread(target=filler)
w.start()
f.start()
w.join()
f.join()
ok = results[0]
count = results[1]
print(ok, count)
