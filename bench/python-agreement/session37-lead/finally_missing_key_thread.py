# A thread's `try:`/`finally:` whose body reads a missing key (KeyError): the `finally` releases the
# lock it took by hand before the traceback ends the thread, so main's `with lock:` goes on. CPython
# prints the traceback (weft's `fault`, the harness's too).
import threading

lock = threading.Lock()
prices = {"apple": 3}
log = []


def lookup(item):
    lock.acquire()
    try:
        log.append(prices[item])
    finally:
        lock.release()
        log.append(f"released {item}")


worker = threading.Thread(target=lookup, args=("pear",))
worker.start()
worker.join()
with lock:
    log.append("main")
print(log)
