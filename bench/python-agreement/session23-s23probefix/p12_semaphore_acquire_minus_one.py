# Semaphore.acquire(timeout=-1) is no "no limit": CPython computes a deadline already past and gives up
# at once when the semaphore is taken (threading.py, Semaphore.acquire)
import threading

sem = threading.Semaphore(1)
sem.acquire()
got = sem.acquire(timeout=-1)
