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
