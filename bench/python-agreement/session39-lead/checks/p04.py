import threading, queue
q = queue.Queue()
got = []
def consumer():
    while True:
        try:
            item = q.get(timeout=0.05)
        except queue.Empty:
            got.append("empty")
            break
        got.append(item * 2)
        q.task_done()
def producer():
    for i in range(3):
        q.put(i)
c = threading.Thread(target=consumer); p = threading.Thread(target=producer)
p.start(); c.start(); p.join(); c.join()
print(got, q.empty(), q.qsize())
