# Condition.wait_for(predicate, timeout) returns the predicate's last value: True if met, False on time-out
import threading
import time

cond = threading.Condition()
stock = 0
got = []


def buyer(need):
    with cond:
        ok = cond.wait_for(lambda: stock >= need, timeout=0.03)
        got.append(ok)


def supplier():
    global stock
    time.sleep(0.005)
    with cond:
        stock = 2
        cond.notify_all()


ts = [threading.Thread(target=buyer, args=(1,)), threading.Thread(target=buyer, args=(5,)), threading.Thread(target=supplier)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(got))
