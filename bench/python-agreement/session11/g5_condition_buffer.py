"""A one-slot buffer with a condition: the consumer waits with `if` instead of `while`."""
import threading

cond = threading.Condition()
slot = 0
full = 0
got = 0


def producer():
    global slot, full
    for i in range(1, 3):
        with cond:
            while full:
                cond.wait()
            slot = i
            full = 1
            cond.notify_all()


def consumer():
    global full, got
    with cond:
        if not full:
            cond.wait()
        got += slot
        full = 0
        cond.notify_all()


p = threading.Thread(target=producer)
c1 = threading.Thread(target=consumer)
c2 = threading.Thread(target=consumer)
c1.start()
c2.start()
p.start()
p.join()
c1.join()
c2.join()
print(got)
