# no bug: a tuple of the wrong length from a queue, unpacked under except ValueError (CPython errors=1; weft: fault 'ValueError: too many values to unpack', not caught)
import queue
import threading

q = queue.Queue()
errors = 0
got = 0


def producer():
    q.put((1, 2, 3))


t = threading.Thread(target=producer)
t.start()
try:
    a, b = q.get()
    got = a + b
except ValueError:
    errors += 1
t.join()
