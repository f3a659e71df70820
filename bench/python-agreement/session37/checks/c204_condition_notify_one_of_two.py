import threading
import time

cond = threading.Condition()
ready = []
log = []


def waiter(name):
    with cond:
        got = cond.wait(timeout=0.03)
        log.append((name, got))


def notifier():
    time.sleep(0.005)
    with cond:
        cond.notify(1)


threads = [threading.Thread(target=waiter, args=(n,)) for n in ("a", "b")] + [threading.Thread(target=notifier)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
