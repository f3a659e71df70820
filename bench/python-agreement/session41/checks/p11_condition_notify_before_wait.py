# check: a notify that happens before the wait is lost; the wait times out
import threading
import time

result = []
cond = threading.Condition()


def notifier():
    with cond:
        cond.notify()


def waiter():
    time.sleep(0.005)
    with cond:
        result.append(int(cond.wait(timeout=0.01)))


n = threading.Thread(target=notifier)
w = threading.Thread(target=waiter)
n.start()
w.start()
n.join()
w.join()
print(result)
