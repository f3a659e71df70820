# check: threading.Condition.notify(2) wakes two of three waiters; the third times out
import threading
import time

woke = []
cond = threading.Condition()


def waiter(name):
    with cond:
        if cond.wait(timeout=0.05):
            woke.append(name)


threads = [threading.Thread(target=waiter, args=(n,)) for n in "xyz"]
for t in threads:
    t.start()
time.sleep(0.005)
with cond:
    cond.notify(2)
for t in threads:
    t.join()
print(len(woke))
