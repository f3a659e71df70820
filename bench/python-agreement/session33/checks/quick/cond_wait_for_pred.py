import threading
cond = threading.Condition()
items = []
log = []
def consumer():
    with cond:
        cond.wait_for(lambda: items)
        log.append(items.pop())
def producer():
    with cond:
        items.append(7)
        cond.notify()
ts = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(log)
