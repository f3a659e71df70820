# Condition.wait_for with a timeout returns the predicate's value: False when the setter is too slow.
import threading
import time

cond = threading.Condition()
level = 0
outcome = []


def waiter():
    with cond:
        ok = cond.wait_for(lambda: level >= 2, timeout=0.05)
        if ok:
            outcome.append(1)
        else:
            outcome.append(0)


def filler():
    global level
    for _ in range(2):
        time.sleep(0.2)
        with cond:
            level += 1
            cond.notify_all()


threads = [threading.Thread(target=waiter), threading.Thread(target=filler)]
for t in threads:
    t.start()
for t in threads:
    t.join()
