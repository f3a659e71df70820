# ordered
# Condition.wait_for returns the predicate's last value: here an int (the number of items), not a bool.
import threading
import time

log = []
cond = threading.Condition()
items = []


def consumer():
    with cond:
        got = cond.wait_for(lambda: len(items), timeout=0.5)
        log.append(f"{got}")
        log.append(got)


def producer():
    time.sleep(0.01)
    with cond:
        items.append("a")
        items.append("b")
        cond.notify_all()


threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)
