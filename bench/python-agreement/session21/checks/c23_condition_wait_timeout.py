# Condition.wait(timeout) returns False when it times out, True when notified
import threading
import time

cond = threading.Condition()
results = []


def waiter(timeout):
    with cond:
        got = cond.wait(timeout)
        results.append(1 if got else 0)


t1 = threading.Thread(target=waiter, args=(0.02,))
t1.start()
t1.join()
t2 = threading.Thread(target=waiter, args=(1.0,))
t2.start()
time.sleep(0.05)
with cond:
    cond.notify()
t2.join()
print(results)
