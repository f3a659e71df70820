# Condition.notify(n=2) wakes two of three waiters; the third times out.
import threading

cond = threading.Condition()
woken = 0
timed_out = 0
ready = 0


def waiter():
    global woken, timed_out, ready
    with cond:
        ready += 1
        cond.notify_all()
        if cond.wait(timeout=0.1):
            woken += 1
        else:
            timed_out += 1


ts = [threading.Thread(target=waiter) for _ in range(3)]
for t in ts:
    t.start()
with cond:
    cond.wait_for(lambda: ready == 3)
    cond.notify(n=2)
for t in ts:
    t.join()
print(woken, timed_out)
