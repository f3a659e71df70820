# Floor division and modulo of negative numbers known only at run time (a queue's items).
import queue
import threading

q = queue.Queue()
results = []


def worker():
    a = q.get()
    b = q.get()
    results.append(a // b)
    results.append(a % b)
    results.append(-a // b)
    results.append(-a % b)
    results.append(a // -b)
    results.append(a % -b)


q.put(7)
q.put(2)
t = threading.Thread(target=worker)
t.start()
t.join()
