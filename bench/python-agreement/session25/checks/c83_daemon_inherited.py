# check: a thread started by a daemon thread is a daemon too (daemon=None inherits), so it is cut off
import threading
import time

log = []


def grandchild():
    time.sleep(0.2)
    log.append("grandchild done")


def child():
    g = threading.Thread(target=grandchild)
    g.start()
    log.append("grandchild started")


c = threading.Thread(target=child, daemon=True)
c.start()
c.join()
time.sleep(0.02)
count = len(log)
print(log)
