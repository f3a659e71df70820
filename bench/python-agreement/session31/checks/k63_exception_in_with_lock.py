# an exception inside `with lock:` releases the lock; the other thread then gets it
import threading
import time

lock = threading.Lock()
log = []


def failing():
    try:
        with lock:
            log.append("failing holds")
            time.sleep(0.005)
            raise KeyError("k")
    except KeyError:
        log.append("failing caught")


def patient():
    time.sleep(0.001)
    with lock:
        log.append("patient holds")


ts = [threading.Thread(target=failing), threading.Thread(target=patient)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(log)
