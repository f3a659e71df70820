# BUG: lost wake-up: the waiter tests the flag outside the condition's lock, so a notify can come
# between its test and its wait, and it then waits forever
import threading
import time

ready = False
cond = threading.Condition()
received = []


def waiter():
    if not ready:
        time.sleep(0.001)  # log "waiting for data"
        with cond:
            cond.wait()
    received.append("data")


def notifier():
    global ready
    with cond:
        ready = True
        cond.notify()


w = threading.Thread(target=waiter)
n = threading.Thread(target=notifier)
w.start()
n.start()
w.join()
n.join()
count = len(received)
print("received", count)
