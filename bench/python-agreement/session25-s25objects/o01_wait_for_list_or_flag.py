"""A plain list as a buffer: consumers wait for `items or closed`, a list's truth inside `or`."""
import threading

items = []
closed = False
cond = threading.Condition()
taken = {"a": 0, "b": 0}


def producer():
    global closed
    for n in range(4):
        with cond:
            items.append(n)
            cond.notify()
    with cond:
        closed = True
        cond.notify_all()


def consumer(name):
    while True:
        with cond:
            cond.wait_for(lambda: items or closed)
            if not items:
                return
            items.pop(0)
            taken[name] += 1


threads = [threading.Thread(target=consumer, args=(n,)) for n in ("a", "b")]
threads.append(threading.Thread(target=producer))
for t in threads:
    t.start()
for t in threads:
    t.join()
assert taken["a"] + taken["b"] == 4
print(taken["a"], taken["b"])
