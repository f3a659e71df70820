import queue
import threading

q = queue.Queue()
seen = []


def consumer():
    while (item := q.get()) != -1:
        seen.append(item * 2)


t = threading.Thread(target=consumer)
t.start()
for n in (4, 5, -1):
    q.put(n)
t.join()
print(seen)
