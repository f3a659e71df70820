# check: BoundedSemaphore released too often raises ValueError
import threading

sem = threading.BoundedSemaphore(1)
error = 0
sem.acquire()
sem.release()
try:
    sem.release()
except ValueError:
    error = 1
print(error)
