# `acquire(False)` that fails while another thread holds the lock, then a release in `finally`: CPython
# releases the holder's lock (no owner); the holder's own release then raises RuntimeError.
import threading

lock = threading.Lock()
held = threading.Event()
go = threading.Event()
log = []


def holder():
    lock.acquire()
    held.set()
    go.wait()
    try:
        lock.release()
        log.append("holder released")
    except RuntimeError:
        log.append("holder: already free")


def intruder():
    held.wait()
    got = lock.acquire(False)
    try:
        log.append(got)
    finally:
        lock.release()
    go.set()


a = threading.Thread(target=holder)
b = threading.Thread(target=intruder)
a.start()
b.start()
a.join()
b.join()
print(log)
