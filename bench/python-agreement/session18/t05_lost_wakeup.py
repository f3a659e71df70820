# BUG: lost wake-up: the waiter tests the flag outside the condition's lock, so a notify can come between test and wait
import threading

WAIT_TIMEOUT = 0.2

ready = False
woke_by = "none"
cond = threading.Condition()


def waiter():
    global woke_by
    if not ready:
        with cond:
            notified = cond.wait(timeout=WAIT_TIMEOUT)
        woke_by = "notify" if notified else "timeout"
    else:
        woke_by = "flag"


def signaller():
    global ready
    ready = True
    with cond:
        cond.notify()


if __name__ == "__main__":
    w = threading.Thread(target=waiter)
    s = threading.Thread(target=signaller)
    w.start()
    s.start()
    w.join()
    s.join()
    assert woke_by != "timeout", "lost wake-up"
