import threading, queue, time
q = queue.Queue()
total = 0
def producer():
    for i in range(3):
        time.sleep(0.01)
        q.put(i)
    q.put(None)
def consumer():
    global total
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        total += item
        q.task_done()
threading.Thread(target=producer).start()
c = threading.Thread(target=consumer)
c.start()
q.join()
c.join()
print(total)
