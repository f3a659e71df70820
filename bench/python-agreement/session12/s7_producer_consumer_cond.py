import threading
buf = []
cap = 2
cond = threading.Condition()
consumed = 0
def producer():
    for i in range(4):
        with cond:
            while len(buf) >= cap:
                cond.wait()
            buf.append(i)
            cond.notify_all()
def consumer():
    global consumed
    for _ in range(4):
        with cond:
            while not buf:
                cond.wait()
            consumed += buf.pop(0)
            cond.notify_all()
p = threading.Thread(target=producer); c = threading.Thread(target=consumer)
p.start(); c.start(); p.join(); c.join()
print(consumed)
