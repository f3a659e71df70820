# bug: lost wake-up: the waiter calls cv.wait() without checking a flag, so a notify sent before it waits is lost and it hangs
import threading

cv = threading.Condition()
ready = False
log = []


def waiter():
    with cv:
        cv.wait()
        log.append("woke")


def notifier():
    global ready
    with cv:
        ready = True
        cv.notify()
        log.append("notified")


w = threading.Thread(target=waiter)
n = threading.Thread(target=notifier)
w.start()
n.start()
w.join()
n.join()
print(log, ready)
