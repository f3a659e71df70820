# SILENT ERROR (weft-start): a plain threading.Lock has no owner. A thread whose acquire(timeout=...)
# failed and that calls release() anyway (the forgotten `if not got:` bug) releases the lock main holds:
# CPython prints [False, True] every run (status ok). weft ends every schedule in `fault` ("unlock of
# `lock`, which `main` holds"), "complete". (A thread that never tried to acquire may release: weft
# agrees there; checks/c101 is the try/finally form.)
import threading

lock = threading.Lock()
trail = []


def worker():
    got = lock.acquire(timeout=0.01)
    trail.append(got)
    lock.release()


lock.acquire()
t = threading.Thread(target=worker)
t.start()
t.join()
again = lock.acquire(timeout=0.1)
print(trail, again)
