"""notify() wakes one waiter; the second waiter is never woken and times out."""
import threading

cond = threading.Condition()
items = 0
served = 0
timed_out = 0


def consumer():
    global items, served, timed_out
    with cond:
        if cond.wait_for(lambda: items > 0, timeout=0.1):
            items -= 1
            served += 1
        else:
            timed_out += 1


def producer():
    global items
    with cond:
        items += 1
        cond.notify()


cs = [threading.Thread(target=consumer) for _ in range(2)]
for c in cs:
    c.start()
p = threading.Thread(target=producer)
p.start()
for c in cs:
    c.join()
p.join()
print(served, timed_out)
