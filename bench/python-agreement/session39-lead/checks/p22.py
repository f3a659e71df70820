import threading, queue
q = queue.Queue(maxsize=1)
log = []
def producer():
    for i in range(3):
        try:
            q.put(i, timeout=0.01)
            log.append(f"put{i}")
        except queue.Full:
            log.append(f"full{i}")
def consumer():
    try:
        while True:
            log.append(f"got{q.get(timeout=0.05)}")
    except queue.Empty:
        log.append("done")
p = threading.Thread(target=producer); c = threading.Thread(target=consumer)
p.start(); c.start(); p.join(); c.join()
print(log.count("done"), len(log))
