# A semaphore at zero used as a signal: the waiter runs after the signaller. No bug.
import threading

ready = threading.Semaphore(0)
order = []


def waiter():
    ready.acquire()
    order.append("consume")


def signaller():
    order.append("produce")
    ready.release()


a = threading.Thread(target=waiter)
b = threading.Thread(target=signaller)
a.start()
b.start()
a.join()
b.join()
print(order)
