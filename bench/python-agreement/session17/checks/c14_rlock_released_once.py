# bug: deadlock: the RLock is taken twice by the first thread but released once, so the second thread waits forever
import threading

lock = threading.RLock()
entries = []


def first():
    lock.acquire()
    lock.acquire()
    entries.append("first")
    lock.release()


def second():
    with lock:
        entries.append("second")


a = threading.Thread(target=first)
a.start()
a.join()
b = threading.Thread(target=second)
b.start()
b.join()
print(entries)
