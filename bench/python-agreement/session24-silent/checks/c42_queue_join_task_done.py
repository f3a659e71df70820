import queue
import threading

q = queue.Queue()
done = []


def worker():
    while True:
        item = q.get()
        done.append(item * 2)
        q.task_done()


threading.Thread(target=worker, daemon=True).start()
for i in range(3):
    q.put(i)
q.join()
total = sum(done)
print(total)
