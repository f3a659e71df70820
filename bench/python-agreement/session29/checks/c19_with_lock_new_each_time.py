# BUG: `with threading.Lock():` locks a new lock every time: no exclusion at all
import threading
import time

balance = 10


def spend(n):
    global balance
    with threading.Lock():
        if balance >= n:
            time.sleep(0.001)
            balance -= n


ts = [threading.Thread(target=spend, args=(8,)) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(balance)
