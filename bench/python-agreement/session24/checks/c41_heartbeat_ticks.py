"""A heartbeat thread ticks every 10 ms until stopped; main stops it after 55 ms."""
import threading
import time

stop = threading.Event()
ticks = 0


def heartbeat():
    global ticks
    while not stop.wait(0.01):
        ticks += 1


t = threading.Thread(target=heartbeat)
t.start()
time.sleep(0.055)
stop.set()
t.join()
print(ticks)
