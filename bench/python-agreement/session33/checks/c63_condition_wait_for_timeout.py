import threading
import time

cond = threading.Condition()
items = []
results = []


def consumer():
    with cond:
        ok = cond.wait_for(lambda: len(items) >= 2, timeout=0.05)
        results.append((ok, len(items)))


def producer():
    for n in range(2):
        time.sleep(0.005)
        with cond:
            items.append(n)
            cond.notify()


threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
