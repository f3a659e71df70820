"""A thread reads past a fixed list and catches its own IndexError."""
import threading

ROW = [4, 5]
got = []
misses = 0


def reader(i):
    global misses
    try:
        got.append(ROW[i])
    except IndexError:
        misses += 1


threads = [threading.Thread(target=reader, args=(i,)) for i in (0, 2, 1)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(got), misses)
