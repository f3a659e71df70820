"""A waiter checks a flag under a condition and records `1 if ready else -1`: if the signaller runs first
the flag is already set; the notify never gets lost."""
import threading
cond = threading.Condition()
ready = False
woke = 0
def waiter():
    global woke
    with cond:
        if not ready:
            cond.wait(timeout=0.1)
        woke = 1 if ready else -1
def signaller():
    global ready
    with cond:
        ready = True
        cond.notify()
w = threading.Thread(target=waiter); s = threading.Thread(target=signaller)
s.start(); w.start(); s.join(); w.join()
print(woke)
