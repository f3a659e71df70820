# an exception in a thread ends that thread only; main goes on and the lock is released by `with`
import threading

lock = threading.Lock()
after = 0


def crash():
    with lock:
        raise ValueError("boom")


t = threading.Thread(target=crash)
t.start()
t.join()
with lock:
    after = 1
print(after)
