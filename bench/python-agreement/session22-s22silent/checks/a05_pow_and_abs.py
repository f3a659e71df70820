import queue
import threading

q = queue.Queue()
results = []


def worker():
    x = q.get()
    results.append(x ** 2)
    results.append(abs(-x))
    results.append(-x // 3)
    results.append(divmod(-x, 3)[0])


q.put(7)
t = threading.Thread(target=worker)
t.start()
t.join()
