# BUG: lost wake-up — the waiter checks the flag outside the lock, then waits; the notify can come in between
import threading
import time

ready = False
cond = threading.Condition()
log = []


def waiter():
    if not ready:
        time.sleep(0.01)  # the window: the flag was checked, the wait has not begun
        with cond:
            cond.wait()
    log.append("woke")


def notifier():
    global ready
    time.sleep(0.005)
    with cond:
        ready = True
        cond.notify()
    log.append("notified")


def main():
    t1 = threading.Thread(target=waiter)
    t2 = threading.Thread(target=notifier)
    t1.start()
    t2.start()
    t2.join()
    t1.join()
    print(log)


main()
