# ordered
# Condition.wait(timeout) returns True when notified in time and False on a timeout.
import threading
import time

log = []
cond = threading.Condition()


def waiter():
    with cond:
        log.append(cond.wait(timeout=0.5))
    with cond:
        log.append(cond.wait(timeout=0.01))


def notifier():
    time.sleep(0.01)
    with cond:
        cond.notify()


threads = [threading.Thread(target=waiter), threading.Thread(target=notifier)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)
