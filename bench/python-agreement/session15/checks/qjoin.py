# bug: q.join() returns as soon as the count of unfinished tasks touches zero, before the producer is done
import queue
import threading
import time

q = queue.Queue()
handled = 0
handled_at_join = -1


def producer():
    for i in range(3):
        q.put(i)
        time.sleep(0.005)


def consumer():
    global handled
    while True:
        q.get()
        handled += 1
        q.task_done()


threading.Thread(target=consumer, daemon=True).start()
p = threading.Thread(target=producer)
p.start()
time.sleep(0.001)
q.join()
handled_at_join = handled
p.join()
