"""Condition.notify() wakes one waiter; notify_all() the rest. Waiters count their wake-ups."""
import threading
import time

cond = threading.Condition()
tokens = 0
woken = []


def waiter(n):
    global tokens
    with cond:
        while tokens == 0:
            cond.wait()
        tokens -= 1
        woken.append(n)


if __name__ == "__main__":
    threads = [threading.Thread(target=waiter, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    time.sleep(0.01)
    with cond:
        tokens += 1
        cond.notify()
    time.sleep(0.01)
    first_round = len(woken)
    with cond:
        tokens += 2
        cond.notify_all()
    for t in threads:
        t.join()
    woken.sort()
