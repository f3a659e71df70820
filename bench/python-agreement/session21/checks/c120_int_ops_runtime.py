# integer operators on values known only at run time (a queue's items)
import queue
import threading

q = queue.Queue()
out = []


def worker():
    a = q.get()
    b = q.get()
    out.append(-a ** 2)
    out.append((-a) // b)
    out.append((-a) % b)
    out.append(a % -b)
    out.append(-a % -b)
    out.append(max(a, True))
    out.append(a ** 0)


t = threading.Thread(target=worker)
t.start()
q.put(8)
q.put(3)
t.join()
print(out)
