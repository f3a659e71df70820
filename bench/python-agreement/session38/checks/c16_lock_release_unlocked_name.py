# ordered
# Releasing an unlocked Lock raises RuntimeError ("release unlocked lock").
import threading

log = []
lock = threading.Lock()


def worker():
    try:
        lock.release()
    except RuntimeError as e:
        log.append(type(e).__name__)
    log.append(lock.locked())


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
