# the list handed to the thread is the same object main reads
import threading

buf = []
view = buf
size_seen = 0


def fill(target):
    target.append(1)
    target += [2, 3]


t = threading.Thread(target=fill, args=(buf,))
t.start()
t.join()
size_seen = len(view)
print(size_seen, buf)
