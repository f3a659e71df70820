# range() of a float taken from a queue is CPython's TypeError in the worker; main still finishes.
import queue
import threading

q = queue.Queue()
counted = []
failed = []


def worker():
    n = q.get()
    try:
        for i in range(n):
            counted.append(i)
    except TypeError:
        failed.append(n)


q.put(2.5)
t = threading.Thread(target=worker)
t.start()
t.join()
print(counted, failed)
