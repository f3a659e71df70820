# A mutable default argument is one list shared by every call, from every thread.
import threading

log = []
lock = threading.Lock()


def record(event, history=[]):
    history.append(event)
    return len(history)


def worker(name):
    with lock:
        log.append(record(name))


threads = [threading.Thread(target=worker, args=(n,)) for n in ["a", "b", "c"]]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)
