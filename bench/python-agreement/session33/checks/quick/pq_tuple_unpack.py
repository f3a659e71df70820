import queue
import threading
q = queue.PriorityQueue()
out = []
def f():
    prio, name = q.get()
    out.append(name)
q.put((1, 'x'))
t = threading.Thread(target=f)
t.start()
t.join()
print(out)
