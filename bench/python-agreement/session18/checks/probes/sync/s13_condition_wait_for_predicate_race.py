import threading

cond = threading.Condition()
items = []
taken = []

def consumer(name):
    with cond:
        cond.wait_for(lambda: len(items) > 0)
        taken.append(f"{name}:{items.pop(0)}")

def producer():
    for n in range(2):
        with cond:
            items.append(n)
            cond.notify()

ts = [threading.Thread(target=consumer, args=(c,)) for c in ("a", "b")]
ts.append(threading.Thread(target=producer))
for t in ts:
    t.start()
for t in ts:
    t.join()
taken.sort()
