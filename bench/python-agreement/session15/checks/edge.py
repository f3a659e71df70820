import threading
import time

log = []


def early():
    time.sleep(0.001)
    log.append(1)


t = threading.Thread(target=early)
t.start()
time.sleep(0.023)
log.append(2)
t.join()
