# ordered
# An RLock released by a thread that does not own it raises RuntimeError.
import threading

log = []
rlock = threading.RLock()


def intruder():
    try:
        rlock.release()
        log.append("released")
    except RuntimeError as e:
        log.append(f"RuntimeError {type(e).__name__}")


rlock.acquire()
t = threading.Thread(target=intruder)
t.start()
t.join()
rlock.release()
log.append("main released")
print(log)
