# BUG: setting daemon on a thread already started raises RuntimeError
import threading
import time

log = []


def work():
    time.sleep(0.01)
    log.append("worked")


t = threading.Thread(target=work)
t.start()
try:
    t.daemon = True
    log.append("set")
except RuntimeError:
    log.append("runtime error")
t.join()
print(log)
