# silent error (CPython quirk): an RLock left held by a finished thread is owned by its thread ident; CPython
# reuses the ident for the next thread, which then takes the RLock as its owner (3 of 10 runs: ok). weft lists only deadlock (complete).
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
