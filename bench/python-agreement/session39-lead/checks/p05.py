import threading
ev = threading.Event()
res = []
def waiter():
    res.append(ev.wait(timeout=0.01))
    res.append(ev.is_set())
def setter():
    ev.set()
w = threading.Thread(target=waiter); s = threading.Thread(target=setter)
w.start(); s.start(); w.join(); s.join()
res.append(ev.wait(0))
print(res)
