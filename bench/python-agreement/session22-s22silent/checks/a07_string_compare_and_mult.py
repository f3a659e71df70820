import queue
import threading

q = queue.Queue()
results = []


def worker():
    a = q.get()
    b = q.get()
    results.append(1 if a < b else 0)
    results.append(a * 2)
    results.append(len(a + b))
    results.append(a.upper())
    results.append(str(-0))


q.put("apple")
q.put("Banana")
t = threading.Thread(target=worker)
t.start()
t.join()
