import queue
import threading
q = queue.Queue()
out = []
def f():
    rows = q.get()
    for row in rows:
        out.append(row[0])
q.put([[1, 2], [3, 4]])
t = threading.Thread(target=f)
t.start()
t.join()
print(out)
