# A `synchronized` decorator holding a lock around the body: no lost update in CPython.
import threading

lock = threading.Lock()
counter = 0


def synchronized(fn):
    def wrapper():
        with lock:
            fn()
    return wrapper


@synchronized
def bump():
    global counter
    value = counter
    counter = value + 1


ts = [threading.Thread(target=bump) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter)
