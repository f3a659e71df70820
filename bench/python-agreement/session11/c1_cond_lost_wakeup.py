"""Lost wake-up: the consumer checks the queue length, then waits without a predicate loop."""
import threading
import time

cond = threading.Condition()
items = []
received = 0


def consumer():
    global received
    with cond:
        if not items:
            got = cond.wait(timeout=0.2)
        if items:
            items.pop()
            received += 1


def producer():
    time.sleep(0.01)
    with cond:
        items.append(1)
        cond.notify()


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
p.start()
c.start()
c.join()
p.join()
print(received)
