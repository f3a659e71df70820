import queue
import threading

q = queue.Queue(maxsize=2)
full_errors = 0
stored = 0


def filler():
    global full_errors, stored
    for i in range(4):
        try:
            q.put_nowait(i)
            stored += 1
        except queue.Full:
            full_errors += 1


t = threading.Thread(target=filler)
t.start()
t.join()
size = q.qsize()
print(stored, full_errors, size)
