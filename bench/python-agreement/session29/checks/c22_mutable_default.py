# the default list is made once and shared by every call
import threading

sizes = [0, 0]
lock = threading.Lock()


def remember(item, seen=[]):
    seen.append(item)
    return len(seen)


def worker(slot):
    with lock:
        sizes[slot] = remember(slot)


ts = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
biggest = max(sizes)
print(sizes, biggest)
