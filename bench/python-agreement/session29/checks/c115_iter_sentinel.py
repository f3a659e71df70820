import queue
import threading

q = queue.Queue()
total = 0


def consumer():
    global total
    for item in iter(q.get, None):
        total += item


t = threading.Thread(target=consumer)
t.start()
for n in (1, 2, 3):
    q.put(n)
q.put(None)
t.join()
print(total)
