import queue
import threading
q = queue.Queue()
out = []
def f():
    item = q.get()
    a, b = item
    out.append(a + b)
    out.append(3 in item)
q.put((1, 3))
t = threading.Thread(target=f)
t.start()
t.join()
print(out)
