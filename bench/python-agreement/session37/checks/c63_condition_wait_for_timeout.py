import threading

cond = threading.Condition()
items = []
log = []


def consumer(need):
    with cond:
        ok = cond.wait_for(lambda: len(items) >= need, timeout=0.05)
        log.append((need, ok, len(items)))


def producer():
    with cond:
        items.append(1)
        cond.notify_all()


threads = [threading.Thread(target=consumer, args=(1,)), threading.Thread(target=consumer, args=(2,)), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
