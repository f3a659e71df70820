import threading, queue
q = queue.Queue()
done = 0
def worker():
    global done
    while True:
        item = q.get()
        done += item
        q.task_done()
for _ in range(2):
    threading.Thread(target=worker, daemon=True).start()
for i in range(5):
    q.put(i)
q.join()
print(done)
