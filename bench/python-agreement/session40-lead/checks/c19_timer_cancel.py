# A reminder timer is cancelled if the task finishes first. No bug; timing decides.
import threading
import time

log = []


def remind():
    log.append("reminder")


timer = threading.Timer(0.05, remind)
timer.start()
time.sleep(0.01)
log.append("task done")
timer.cancel()
timer.join()
print(log)
