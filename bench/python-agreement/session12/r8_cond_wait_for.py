import threading
cond = threading.Condition()
items = []
got = 0
def consumer():
    global got
    with cond:
        cond.wait_for(lambda: len(items) > 0)
        got = items.pop()
def producer():
    with cond:
        items.append(42)
        cond.notify()
c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start(); p.start(); c.join(); p.join()
print(got)
