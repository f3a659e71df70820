# check: sem.acquire(blocking=False) against sem.acquire() (both threads act after the same 1 ms sleep, so either may go first)
import queue
import threading
import time

seen = []
sem = threading.Semaphore(1)


def mutate():
    time.sleep(0.001)
    sem.acquire()


def observe():
    time.sleep(0.001)
    seen.append(int(sem.acquire(blocking=False)))


a = threading.Thread(target=mutate)
b = threading.Thread(target=observe)
a.start()
b.start()
a.join()
b.join()
print(seen)
