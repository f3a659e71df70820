# bug: the worker raises KeyError; its finally still releases the lock and the main thread carries on
import threading

lock = threading.Lock()
released = 0
after = 0
prices = {"apple": 3}


def worker():
    global released
    lock.acquire()
    try:
        total = prices["pear"] * 2
    finally:
        lock.release()
        released = 1


t = threading.Thread(target=worker)
t.start()
t.join()
with lock:
    after = 1
print(released, after)
