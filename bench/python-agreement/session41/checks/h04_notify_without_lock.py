# check: Condition.notify() without holding the condition's lock raises RuntimeError in that thread
import threading

ready = []
cond = threading.Condition()


def producer():
    ready.append(1)
    cond.notify()


def consumer():
    with cond:
        cond.wait_for(lambda: len(ready) > 0, timeout=0.05)
        ready.append(2)


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
print(ready)
