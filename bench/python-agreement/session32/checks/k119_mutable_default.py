# A mutable default argument shared by every call, from two threads.
import threading

sizes = []
lock = threading.Lock()


def add(x, acc=[]):
    acc.append(x)
    return len(acc)


def worker(x):
    n = add(x)
    with lock:
        sizes.append(n)


ts = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(sizes))
