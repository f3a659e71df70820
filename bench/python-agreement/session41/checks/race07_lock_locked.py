# check: lock.locked() against lock.acquire() (both threads act after the same 1 ms sleep, so either may go first)
import queue
import threading
import time

seen = []
lock = threading.Lock()


def mutate():
    time.sleep(0.001)
    lock.acquire()


def observe():
    time.sleep(0.001)
    seen.append(int(lock.locked()))


a = threading.Thread(target=mutate)
b = threading.Thread(target=observe)
a.start()
b.start()
a.join()
b.join()
print(seen)
