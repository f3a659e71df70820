# BUG: an RLock released by a thread that does not own it raises RuntimeError
import threading

rlock = threading.RLock()
outcome = "none"


def other():
    global outcome
    try:
        rlock.release()
        outcome = "released"
    except RuntimeError:
        outcome = "runtime error"


rlock.acquire()
t = threading.Thread(target=other)
t.start()
t.join()
rlock.release()
print(outcome)
