# Check: Condition.notify() wakes only one of two waiters; the other's wait times out. Bug: notify instead of notify_all.
import threading
import time

cond = threading.Condition()
woken = 0
timed_out = 0


def waiter():
    global woken, timed_out
    with cond:
        if cond.wait(timeout=0.2):
            woken += 1
        else:
            timed_out += 1


ws = [threading.Thread(target=waiter) for _ in range(2)]
for w in ws:
    w.start()
time.sleep(0.05)
with cond:
    cond.notify()
for w in ws:
    w.join()
print(f"woken={woken} timed_out={timed_out}")
