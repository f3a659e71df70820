"""notify() before the waiter waits is lost; the waiter's wait(timeout) then times out (or it is woken)."""
import threading
import time

cond = threading.Condition()
result = []


def waiter():
    time.sleep(0.001)
    with cond:
        result.append(cond.wait(timeout=0.02))


def notifier():
    with cond:
        cond.notify()


threads = [threading.Thread(target=waiter), threading.Thread(target=notifier)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(result)
