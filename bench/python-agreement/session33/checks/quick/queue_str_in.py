import queue
import threading
q = queue.Queue()
out = []
def f():
    s = q.get()
    out.append('ell' in s)
q.put('hello')
t = threading.Thread(target=f)
t.start()
t.join()
print(out)
