import queue
import threading
q = queue.LifoQueue()
out = []
def f():
    item = q.get()
    out.append(1 in item)
def p():
    q.put([1, 2])
ts = [threading.Thread(target=p), threading.Thread(target=f)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out)
