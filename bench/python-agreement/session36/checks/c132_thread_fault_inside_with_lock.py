"""A thread's operation raises inside `with lock:`; CPython releases the lock as the exception leaves,
the thread dies (traceback on stderr), the other thread takes the lock and main ends normally."""
import threading
import time

lock = threading.Lock()
ROW = [1, 2]
log = []


def faulty():
    with lock:
        log.append(ROW[5])


def later():
    time.sleep(0.01)
    with lock:
        log.append("later")


threads = [threading.Thread(target=faulty), threading.Thread(target=later)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)
