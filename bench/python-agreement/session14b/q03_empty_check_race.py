# Known bug: the consumer uses `if q.empty(): break` as its stop test, so it can quit before the producer has put anything and items are left unprocessed.
import queue
import threading
import time

q = queue.Queue()
done = []


def producer():
    for i in range(3):
        time.sleep(0.001)
        q.put(i)


def consumer():
    while True:
        if q.empty():
            break
        done.append(q.get())


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
c.start()
p.join()
c.join()
left = q.qsize()
print("done", done, "left in queue", left)
