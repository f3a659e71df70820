# BUG-shaped: consumers wait with `if` instead of `while`; notify_all wakes both for one item, so one pops
# from an empty list (IndexError caught).
import threading

items = []
cond = threading.Condition()
got = []
empty_pops = 0


def consumer():
    global empty_pops
    with cond:
        if not items:
            cond.wait()
        try:
            got.append(items.pop())
        except IndexError:
            empty_pops += 1


def producer():
    with cond:
        items.append(1)
        cond.notify_all()


cs = [threading.Thread(target=consumer) for _ in range(2)]
for c in cs:
    c.start()
p = threading.Thread(target=producer)
p.start()
p.join()
with cond:
    items.append(2)
    cond.notify_all()
for c in cs:
    c.join()
print(got, empty_pops, items)
