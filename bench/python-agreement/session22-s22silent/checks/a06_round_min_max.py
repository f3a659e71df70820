import queue
import threading

q = queue.Queue()
results = []


def worker():
    x = q.get()
    y = q.get()
    results.append(min(x, y))
    results.append(max(x, y))
    results.append(x if x > y else y)
    results.append(int(str(x) + str(y)))


q.put(-3)
q.put(5)
t = threading.Thread(target=worker)
t.start()
t.join()
