import threading
import time

cond = threading.Condition()
order = []
ready = []


def waiter(name):
    with cond:
        ready.append(name)
        cond.wait()
        order.append(name)


threads = []
for name in ["a", "b", "c"]:
    t = threading.Thread(target=waiter, args=(name,))
    t.start()
    threads.append(t)
    time.sleep(0.01)
with cond:
    cond.notify(1)
time.sleep(0.01)
with cond:
    cond.notify(2)
for t in threads:
    t.join()
print(order)
