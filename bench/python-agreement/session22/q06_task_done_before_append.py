# BUG: order violation: workers call task_done() before appending the result, so main can read results after join() with one missing
import queue
import threading

q = queue.Queue()
results = []


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        value = item * 10
        q.task_done()
        results.append(value)


workers = [threading.Thread(target=worker) for _ in range(2)]
for w in workers:
    w.start()
for i in range(1, 5):
    q.put(i)
q.join()
snapshot = sorted(results)
for _ in workers:
    q.put(None)
for w in workers:
    w.join()
print(snapshot)
assert snapshot == [10, 20, 30, 40], snapshot
