# check: notify() wakes one waiter; the other gives up at its time-out
import threading
import time

cond = threading.Condition()
woke = []


def waiter(name):
    with cond:
        ok = cond.wait(timeout=0.1)
        woke.append((name, ok))


threads = [threading.Thread(target=waiter, args=(n,)) for n in ("x", "y")]
for t in threads:
    t.start()
time.sleep(0.02)
with cond:
    cond.notify()
for t in threads:
    t.join()
woken = sum(1 for _, ok in woke if ok)
print(woken, len(woke))
