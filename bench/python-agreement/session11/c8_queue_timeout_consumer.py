"""A consumer polls with get(timeout) and stops when the producer is done."""
import queue
import threading
import time

q = queue.Queue()
done = threading.Event()
got = 0


def producer():
    for i in range(3):
        q.put(i)
        time.sleep(0.01)
    done.set()


def consumer():
    global got
    while not done.is_set() or not q.empty():
        try:
            q.get(timeout=0.05)
            got += 1
        except queue.Empty:
            pass


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
c.start()
p.join()
c.join()
print(got)
