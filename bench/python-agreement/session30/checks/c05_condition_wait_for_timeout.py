import threading
import time

cond = threading.Condition()
items = []
result = -1


def consumer():
    global result
    with cond:
        ok = cond.wait_for(lambda: len(items) >= 2, timeout=0.01)
    result = len(items) if ok else 0


def producer():
    for n in range(2):
        time.sleep(0.002)
        with cond:
            items.append(n)
            cond.notify()


threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(result)
