import threading

rlock = threading.RLock()
log = []


def other():
    try:
        rlock.release()
        log.append("released")
    except RuntimeError:
        log.append("not owner")


rlock.acquire()
t = threading.Thread(target=other)
t.start()
t.join()
rlock.release()
print(log)
