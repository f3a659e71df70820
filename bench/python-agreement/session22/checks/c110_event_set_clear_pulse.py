import threading
import time

ev = threading.Event()
log = []


def waiter():
    if ev.wait(0.5):
        log.append("woke")
    else:
        log.append("timed out")


t = threading.Thread(target=waiter)
t.start()
time.sleep(0.02)
ev.set()
ev.clear()
t.join()
print(log)
