# bug: an RLock may only be released by its owner; another thread's release raises RuntimeError
import threading

lock = threading.RLock()
released = 0

lock.acquire()


def helper():
    global released
    lock.release()
    released = 1


t = threading.Thread(target=helper)
t.start()
t.join()
print(released)
