"""Condition.notify(2) wakes two of three waiters; the third is woken by notify_all later."""
import threading
import time

cond = threading.Condition()
woken = []
phase = 0


def waiter(n):
    with cond:
        cond.wait()
        woken.append(phase)


if __name__ == "__main__":
    ws = [threading.Thread(target=waiter, args=(n,)) for n in range(3)]
    for w in ws:
        w.start()
    time.sleep(0.01)
    with cond:
        phase = 1
        cond.notify(2)
    time.sleep(0.01)
    with cond:
        phase = 2
        cond.notify_all()
    for w in ws:
        w.join()
