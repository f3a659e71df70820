# BUG: lost wake-up: the consumer checks `ready` outside the condition's lock, so notify() can come before wait()
import threading

ready = False
cond = threading.Condition()
result = []


def consumer():
    if not ready:
        with cond:
            cond.wait()
    result.append("consumed")


def producer():
    global ready
    with cond:
        ready = True
        cond.notify()


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
print(result)
