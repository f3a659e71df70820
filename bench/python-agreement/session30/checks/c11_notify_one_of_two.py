import threading
import time

cond = threading.Condition()
ready = 0
woken = []


def waiter(name):
    with cond:
        while ready == 0:
            if not cond.wait(timeout=0.02):
                woken.append(name + "-timeout")
                return
        woken.append(name)


def notifier():
    global ready
    time.sleep(0.003)
    with cond:
        ready = 1
        cond.notify()


threads = [threading.Thread(target=waiter, args=(n,)) for n in ("a", "b")] + [threading.Thread(target=notifier)]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(woken)
print(sorted(woken))
