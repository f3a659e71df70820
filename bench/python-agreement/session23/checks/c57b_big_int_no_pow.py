# check: Python ints have no overflow: 25! computed in a thread from a value handed on a queue
import queue
import threading

q = queue.Queue()
result = []


def fact():
    n = q.get()
    x = 1
    for i in range(1, n + 1):
        x *= i
    result.append(x)
    result.append(x % 1000000007)
    result.append(x // 100000000000000000000)


t = threading.Thread(target=fact)
t.start()
q.put(25)
t.join()
