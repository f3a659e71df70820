# semaphore barging
import threading
import time

sem = threading.Semaphore(1)
order = []


def a():
    sem.acquire()
    time.sleep(0.01)
    sem.release()
    sem.acquire()
    order.append(1)
    sem.release()


def b():
    time.sleep(0.002)
    sem.acquire()
    order.append(2)
    sem.release()


ta = threading.Thread(target=a)
tb = threading.Thread(target=b)
ta.start()
tb.start()
ta.join()
tb.join()
