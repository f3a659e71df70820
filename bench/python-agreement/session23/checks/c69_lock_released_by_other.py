# check: a threading.Lock may be released by a thread that did not take it (a handoff); RLock may not
import threading

lock = threading.Lock()
rlock = threading.RLock()
marks = []


def releaser():
    lock.release()
    marks.append(1)
    try:
        rlock.release()
    except RuntimeError:
        marks.append(2)


lock.acquire()
rlock.acquire()
t = threading.Thread(target=releaser)
t.start()
t.join()
got = lock.acquire(timeout=0.01)
marks.append(3 if got else 4)
rlock.release()
