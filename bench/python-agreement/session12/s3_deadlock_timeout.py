import threading, time
a = threading.Lock()
b = threading.Lock()
timeouts = 0
def one():
    global timeouts
    with a:
        time.sleep(0.01)
        if b.acquire(timeout=0.05):
            b.release()
        else:
            timeouts += 1
def two():
    global timeouts
    with b:
        time.sleep(0.01)
        if a.acquire(timeout=0.05):
            a.release()
        else:
            timeouts += 1
t1 = threading.Thread(target=one); t2 = threading.Thread(target=two)
t1.start(); t2.start(); t1.join(); t2.join()
print(timeouts)
