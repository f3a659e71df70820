# Known bug: consumers wait with `if` instead of `while`; after notify_all both wake for one item and the second pops from an empty list (IndexError).
import threading

items = []
cond = threading.Condition()
taken = []


def consumer():
    with cond:
        if not items:
            cond.wait()
        taken.append(items.pop(0))


def producer():
    with cond:
        items.append(42)
        cond.notify_all()
    with cond:
        items.append(43)
        cond.notify_all()


consumers = [threading.Thread(target=consumer) for _ in range(2)]
for c in consumers:
    c.start()
p = threading.Thread(target=producer)
p.start()
p.join()
for c in consumers:
    c.join()
print(sorted(taken))
