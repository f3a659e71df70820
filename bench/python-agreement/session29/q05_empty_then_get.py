# BUG: consumers stop on q.empty() before the producer has put everything, so work is left undone
import queue
import threading
import time

work = queue.Queue()
handled = 0
handled_lock = threading.Lock()


def producer():
    for i in range(4):
        work.put(i)
        time.sleep(0.001)


def consumer():
    global handled
    while not work.empty():
        work.get()
        with handled_lock:
            handled += 1


p = threading.Thread(target=producer)
p.start()
consumers = [threading.Thread(target=consumer) for _ in range(2)]
for c in consumers:
    c.start()
p.join()
for c in consumers:
    c.join()
left = work.qsize()
print("handled", handled, "left", left)
