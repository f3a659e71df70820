import queue
import threading
import time

q = queue.Queue()
got = []
empties = 0


def slow_producer():
    time.sleep(0.03)
    q.put(7)


def impatient():
    global empties
    for _ in range(2):
        try:
            got.append(q.get(timeout=0.005))
        except queue.Empty:
            empties += 1


p = threading.Thread(target=slow_producer)
c = threading.Thread(target=impatient)
p.start()
c.start()
p.join()
c.join()
print(got, empties)
