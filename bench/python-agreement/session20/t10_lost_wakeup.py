# BUG: lost wake-up: the worker tests `ready` outside the condition's lock, so the notify can come between the test and the wait and the worker waits forever
import threading
import time

cond = threading.Condition()
ready = False
result = 0


def worker():
    global result
    if not ready:
        time.sleep(0.0001)
        with cond:
            cond.wait()
    result = 42


def publish():
    global ready
    with cond:
        ready = True
        cond.notify()


if __name__ == "__main__":
    t = threading.Thread(target=worker)
    t.start()
    time.sleep(0.01)
    publish()
    t.join()
    print(result)
