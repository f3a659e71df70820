# Choices weft keeps refused: the chosen list is read in a lambda (its reads are not written out).
import threading

left = [1, 2]
right = [3]
sizes = []
lock = threading.Lock()


def measure():
    with lock:
        which = len(sizes)
    chosen = left if which == 0 else right
    size = (lambda: len(chosen))()
    sizes.append(size)


threads = [threading.Thread(target=measure, ) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(sizes))
