# threading Event pulse: set() then clear() wakes a waiter already waiting
import threading
import time

ev = threading.Event()
woke = 0


def waiter():
    global woke
    if ev.wait(timeout=0.1):
        woke = 1


def pulser():
    time.sleep(0.01)
    ev.set()
    ev.clear()


w = threading.Thread(target=waiter)
p = threading.Thread(target=pulser)
w.start()
p.start()
w.join()
p.join()
