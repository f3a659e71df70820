# True division of integers and floats known only at run time (queue items), floor division and
# modulo of floats, float(), round() and round(x, n), as CPython computes them.
import queue
import threading

q = queue.Queue()
results = []
lock = threading.Lock()


def worker():
    while True:
        item = q.get()
        if item is None:
            break
        a, b = item
        quotient = a / b
        floored = a // b
        remainder = a % b
        with lock:
            results.append((quotient, floored, remainder, round(quotient), round(quotient, 2), float(a)))


t = threading.Thread(target=worker)
t.start()
for a, b in [(7, 2), (-7.5, 2), (1, 3), (10**18, 3), (2.675, 1), (5, -0.5), (-1, 7)]:
    q.put((a, b))
q.put(None)
t.join()
for row in results:
    print(row)
