# notify(2) wakes two of three waiters; the third times out.
import threading
import time

log = []
cond = threading.Condition()
lock = threading.Lock()


def waiter(name):
    with cond:
        woke = cond.wait(timeout=0.1)
    with lock:
        log.append(woke)


threads = [threading.Thread(target=waiter, args=(n,)) for n in "abc"]
for t in threads:
    t.start()
time.sleep(0.02)
with cond:
    cond.notify(2)
for t in threads:
    t.join()
print(log)
