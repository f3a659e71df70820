# ordered
# put_nowait on a full Queue raises Full; get_nowait on an empty one raises Empty; full()/qsize().
import queue
import threading

log = []
q = queue.Queue(maxsize=2)


def worker():
    q.put_nowait("a")
    q.put_nowait("b")
    log.append(q.full())
    try:
        q.put_nowait("c")
    except queue.Full:
        log.append("full")
    log.append(q.get_nowait())
    log.append(q.qsize())
    q.get_nowait()
    try:
        q.get_nowait()
    except queue.Empty:
        log.append("empty")


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
