# xs.copy() of a shared list two threads append to: the copy is the list at one moment.
import threading

log = []


def worker(n):
    for i in range(2):
        log.append(n * 10 + i)


threads = [threading.Thread(target=worker, args=(n,)) for n in (1, 2)]
for t in threads:
    t.start()
early = log.copy()
for t in threads:
    t.join()
late = log.copy()
print(len(early), len(late), len(log))
assert len(log) == 4
