# check: q.full() against q.get_nowait() (both threads act after the same 1 ms sleep, so either may go first)
import queue
import threading
import time

seen = []
q = queue.Queue(maxsize=1)
q.put(0)


def mutate():
    time.sleep(0.001)
    q.get_nowait()


def observe():
    time.sleep(0.001)
    seen.append(int(q.full()))


a = threading.Thread(target=mutate)
b = threading.Thread(target=observe)
a.start()
b.start()
a.join()
b.join()
print(seen)
