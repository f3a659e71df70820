# check: q.qsize() against q.get() (both threads act after the same 1 ms sleep, so either may go first)
import queue
import threading
import time

seen = []
q = queue.Queue()
q.put(1)


def mutate():
    time.sleep(0.001)
    q.get()


def observe():
    time.sleep(0.001)
    seen.append(q.qsize())


a = threading.Thread(target=mutate)
b = threading.Thread(target=observe)
a.start()
b.start()
a.join()
b.join()
print(seen)
