# `batch *= 2` of a list a thread makes: refused in true words (repeating a list in place is not
# supported yet), where weft said before that `batch` was read before it was assigned.
import threading

size = 0


def work():
    global size
    batch = [1, 2, 3]
    batch *= 2
    size = len(batch)


t = threading.Thread(target=work)
t.start()
t.join()
print(size)
