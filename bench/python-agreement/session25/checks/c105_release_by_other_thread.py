# check: a plain Lock may be released by a thread that did not acquire it (a hand-off)
import threading

lock = threading.Lock()
done = threading.Event()
trail = []


def opener():
    lock.release()  # a plain Lock may be released by a thread that did not acquire it
    trail.append("released by opener")


lock.acquire()
t = threading.Thread(target=opener)
t.start()
t.join()
trail.append(lock.acquire(timeout=0.1))
print(trail)
