import queue
import threading
q = queue.Queue()
out = []
def f():
    d = q.get()
    for k, v in d.items():
        out.append(v)
q.put({'a': 1, 'b': 2})
t = threading.Thread(target=f)
t.start()
t.join()
print(out)
