"""A bool taken from a queue, then in an f-string: CPython's log is ['got True', 'got False']
(before session 21 weft's was ['got 1', 'got 0'] under "complete")."""
import queue
import threading

q = queue.Queue()
log = []


def producer():
    q.put(True)
    q.put(False)


def consumer():
    for _ in range(2):
        flag = q.get()
        log.append(f"got {flag}")


t1 = threading.Thread(target=producer)
t2 = threading.Thread(target=consumer)
t1.start()
t2.start()
t1.join()
t2.join()
print(log)
