# a plain Lock may be released by a thread that did not acquire it (used as a one-shot signal)
import threading

signal = threading.Lock()
value = 0
seen = -1


def worker():
    global value
    value = 42
    signal.release()


signal.acquire()
t = threading.Thread(target=worker)
t.start()
signal.acquire()
seen = value
t.join()
print(seen)
