# An RLock taken twice by one thread while another waits for it.
import threading

rlock = threading.RLock()
log = []


def outer():
    with rlock:
        log.append("outer")
        with rlock:
            log.append("inner")


def other():
    with rlock:
        log.append("other")


ts = [threading.Thread(target=outer), threading.Thread(target=other)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(log)
