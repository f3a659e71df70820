# Known bug: only one None sentinel for two consumers; one consumer blocks on get() forever, so the program never ends (deadlock).
import queue
import threading

q = queue.Queue()
eaten = []


def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        eaten.append(item)


consumers = [threading.Thread(target=consumer) for _ in range(2)]
for c in consumers:
    c.start()
for i in range(4):
    q.put(i)
q.put(None)
for c in consumers:
    c.join()
print(sorted(eaten))
