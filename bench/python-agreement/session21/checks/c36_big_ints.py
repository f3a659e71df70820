# Python's ints do not overflow
import queue
import threading

q = queue.Queue()
big = 0
small = 0
back = 0


def worker():
    global big, small, back
    n = q.get()
    big = n * n * n * n
    small = -big - big
    back = big // (n * n * n)


t = threading.Thread(target=worker)
t.start()
q.put(1048576)
t.join()
print(big, small, back)
