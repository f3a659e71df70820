import threading
import time

lock = threading.Lock()
log = []


def holder():
    with lock:
        time.sleep(0.003)
        log.append("work")


def waiter():
    time.sleep(0.001)
    while lock.locked():
        time.sleep(0.0005)
    log.append("free")


threads = [threading.Thread(target=holder), threading.Thread(target=waiter)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)  # ordered
