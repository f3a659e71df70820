import queue
import threading

q = queue.SimpleQueue()
log = []


def consumer(name):
    while True:
        item = q.get()
        if item is None:
            return
        log.append(item * 2)


threads = [threading.Thread(target=consumer, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
for i in (1, 2, 3):
    q.put(i)
q.put(None)
q.put(None)
for t in threads:
    t.join()
print(sorted(log))
