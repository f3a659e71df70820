# check: Semaphore(0) used as a signal from another thread
import threading
import time

order = []
signal = threading.Semaphore(0)


def producer():
    time.sleep(0.002)
    order.append("produced")
    signal.release()


t = threading.Thread(target=producer)
t.start()
signal.acquire()
order.append("consumed")
t.join()
print(order)
