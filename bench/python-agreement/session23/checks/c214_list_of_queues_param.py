# check: a dispatcher thread given a list of queues (one per worker) sends round-robin
import queue
import threading

out = []
lock = threading.Lock()


def dispatcher(queues, items):
    for i, item in enumerate(items):
        queues[i % len(queues)].put(item)
    for q in queues:
        q.put(None)


def worker(name, q):
    while True:
        item = q.get()
        if item is None:
            return
        with lock:
            out.append((name, item))


qs = [queue.Queue(), queue.Queue()]
ws = [threading.Thread(target=worker, args=(f"w{i}", qs[i])) for i in range(2)]
for w in ws:
    w.start()
d = threading.Thread(target=dispatcher, args=(qs, [1, 2, 3]))
d.start()
d.join()
for w in ws:
    w.join()
out.sort()
