# The form the refusal of `batch *= 2` suggests: `batch.extend(batch)` doubles the list (CPython copies
# the list before extending it with itself).
import threading

size = 0
last = 0


def work():
    global size, last
    batch = [1, 2, 3]
    batch.extend(batch)
    size = len(batch)
    last = batch[5]


t = threading.Thread(target=work)
t.start()
t.join()
print(size, last)
