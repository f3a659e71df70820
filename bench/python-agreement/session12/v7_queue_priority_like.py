import threading, queue
q = queue.Queue()
results = []
def worker():
    while True:
        try:
            item = q.get(timeout=0.05)
        except queue.Empty:
            return
        results.append(item * item)
        q.task_done()
for i in range(5):
    q.put(i)
ts = [threading.Thread(target=worker) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(sum(results))
