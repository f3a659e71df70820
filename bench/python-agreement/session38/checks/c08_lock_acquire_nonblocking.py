# ordered
# Lock.acquire(blocking=False) returns False while another thread holds it; acquire(timeout=) too.
import threading

log = []
lock = threading.Lock()


def other():
    log.append(lock.acquire(blocking=False))
    log.append(lock.acquire(timeout=0.01))


lock.acquire()
t = threading.Thread(target=other)
t.start()
t.join()
lock.release()
log.append(lock.acquire(blocking=False))
print(log)
