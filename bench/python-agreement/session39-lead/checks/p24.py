import threading
cv = threading.Condition()
ready = False
res = []
def waiter():
    with cv:
        ok = cv.wait_for(lambda: ready, timeout=0.02)
        res.append(ok)
def notifier():
    global ready
    with cv:
        ready = True
        cv.notify_all()
w = threading.Thread(target=waiter); n = threading.Thread(target=notifier)
w.start(); n.start(); w.join(); n.join()
print(res, ready)
