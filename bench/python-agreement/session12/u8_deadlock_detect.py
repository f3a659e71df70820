import threading
l1 = threading.Lock()
l2 = threading.Lock()
def a():
    with l1:
        with l2:
            pass
def b():
    with l2:
        with l1:
            pass
t1 = threading.Thread(target=a, daemon=True); t2 = threading.Thread(target=b, daemon=True)
t1.start(); t2.start()
t1.join(timeout=0.5); t2.join(timeout=0.5)
print(t1.is_alive() or t2.is_alive())
