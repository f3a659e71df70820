# check: Condition.wait_for returns the predicate's last value, not True
import threading
import time

items = []
result = []
cond = threading.Condition()


def producer():
    for i in range(3):
        time.sleep(0.001)
        with cond:
            items.append(i)
            cond.notify_all()


def consumer():
    with cond:
        r = cond.wait_for(lambda: len(items) >= 2 and len(items), timeout=1)
        result.append(r)


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
print(result)
