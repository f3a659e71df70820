# An RLock released by a thread that does not own it raises RuntimeError.
import threading

rlock = threading.RLock()
errors = 0
rlock.acquire()


def work():
    global errors
    try:
        rlock.release()
    except RuntimeError:
        errors += 1


t = threading.Thread(target=work)
t.start()
t.join()
rlock.release()
print(errors)
