"""The waiter checks a flag, then waits on an event the setter already set and cleared."""
import threading
import time

flag = 0
ev = threading.Event()
woken = 0


def waiter():
    global woken
    if not flag:
        time.sleep(0.02)
        if ev.wait(timeout=0.1):
            woken = 1


def setter():
    global flag
    time.sleep(0.01)
    flag = 1
    ev.set()
    ev.clear()


a = threading.Thread(target=waiter)
b = threading.Thread(target=setter)
a.start()
b.start()
a.join()
b.join()
print(woken)
