"""`n ** 2` of queue items in a program that also makes floats: the format's `power(n, 2)`, exact for
integers (a float base would be weft's fault: CPython's float `**` is the platform's `pow`)."""
import queue
import threading

q = queue.Queue()
squares = []
mean = 0.0


def worker():
    global mean
    total = 0
    for _ in range(3):
        n = q.get()
        squares.append(n ** 2)
        total += n ** 3
    mean = total / 3


t = threading.Thread(target=worker)
t.start()
for n in [2, -3, 10]:
    q.put(n)
t.join()
print(squares, mean)
