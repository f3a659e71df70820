# check (program): a token bucket shared by threads, refilled by a ticker thread, with a Condition
import threading
import time

cond = threading.Condition()
tokens = 1
served = []
stop = False


def ticker():
    global tokens
    for _ in range(3):
        time.sleep(0.002)
        with cond:
            tokens += 1
            cond.notify()


def client(name):
    global tokens
    with cond:
        ok = cond.wait_for(lambda: tokens > 0, timeout=0.05)
        if ok:
            tokens -= 1
            served.append(name)


clients = [threading.Thread(target=client, args=(n,)) for n in ("a", "b", "c", "d", "e")]
tick = threading.Thread(target=ticker)
for c in clients:
    c.start()
tick.start()
for c in clients:
    c.join()
tick.join()
print(len(served), tokens)
