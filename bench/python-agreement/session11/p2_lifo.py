import queue, threading
q = queue.LifoQueue()
last = 0
def w():
    global last
    for i in range(3):
        q.put(i)
t = threading.Thread(target=w)
t.start(); t.join()
last = q.get()
print(last)
