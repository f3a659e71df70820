import threading
import time

ev = threading.Event()
woken = 0


def waiter():
    global woken
    if ev.wait(timeout=0.2):
        woken = 1


t = threading.Thread(target=waiter)
t.start()
time.sleep(0.02)
ev.set()
ev.clear()
t.join()
