# check: an exception in a thread ends that thread only; the lock taken with `with` is released
import threading

lock = threading.Lock()
steps = []


def faulty():
    with lock:
        steps.append("faulty in")
        raise RuntimeError("boom")


def healthy():
    with lock:
        steps.append("healthy in")


a = threading.Thread(target=faulty)
a.start()
a.join()
b = threading.Thread(target=healthy)
b.start()
b.join()
count = len(steps)
print(steps)
