# BUG: lost wake-up: the waiter does not check a predicate, so a notify sent before it waits is lost and it times out
import threading
import time

ready = threading.Condition()
data = []
outcome = {}


def loader():
    time.sleep(0.001)
    data.extend([1, 2, 3])
    with ready:
        ready.notify()


def waiter():
    # the author assumed the loader is always slower than this thread
    time.sleep(0.001)
    with ready:
        woke = ready.wait(timeout=0.2)
    outcome["woke"] = woke
    outcome["seen"] = sum(data)


threads = [threading.Thread(target=loader), threading.Thread(target=waiter)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("woke by notify:", outcome["woke"], "sum seen:", outcome["seen"])
