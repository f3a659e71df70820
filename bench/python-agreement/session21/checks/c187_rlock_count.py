# an RLock taken twice must be released twice before another thread gets it
import threading
import time

rlock = threading.RLock()
order = []


def owner():
    rlock.acquire()
    rlock.acquire()
    order.append("owner in")
    rlock.release()
    time.sleep(0.03)
    order.append("owner still holds")
    rlock.release()


def other():
    time.sleep(0.01)
    with rlock:
        order.append("other")


threads = [threading.Thread(target=owner), threading.Thread(target=other)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(order)
