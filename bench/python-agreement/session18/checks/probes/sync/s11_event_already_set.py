import threading

e = threading.Event()
e.set()
got = -1

def worker():
    global got
    got = 1 if e.wait(timeout=0.01) else 0

t = threading.Thread(target=worker)
t.start()
t.join()
