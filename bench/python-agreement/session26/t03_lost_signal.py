# BUG: lost wake-up: the waiter waits without checking a predicate, so a notify sent before it waits is lost (hang).
import threading

cond = threading.Condition()
ready = False
received = 0


def waiter() -> None:
    global received
    with cond:
        cond.wait()
        received = 1


def signaller() -> None:
    global ready
    with cond:
        ready = True
        cond.notify()


w = threading.Thread(target=waiter)
s = threading.Thread(target=signaller)
s.start()
w.start()
s.join()
w.join()
print(f"received={received}")
