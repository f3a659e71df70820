import threading
import time

items = []
cond = threading.Condition()
log = []


def consumer():
    with cond:
        ok = cond.wait_for(lambda: len(items) >= 2, timeout=0.5)
        log.append(f"ok={ok} n={len(items)}")
    with cond:
        ok = cond.wait_for(lambda: len(items) >= 5, timeout=0.02)
        log.append(f"ok={ok} n={len(items)}")


def producer():
    for i in range(3):
        time.sleep(0.01)
        with cond:
            items.append(i)
            cond.notify_all()


threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)
