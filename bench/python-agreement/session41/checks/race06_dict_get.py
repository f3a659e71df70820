# check: d.get(k) against d.pop(k) (both threads act after the same 1 ms sleep, so either may go first)
import queue
import threading
import time

seen = []
d = {"k": 5}


def mutate():
    time.sleep(0.001)
    d.pop("k")


def observe():
    time.sleep(0.001)
    seen.append(d.get("k", -1))


a = threading.Thread(target=mutate)
b = threading.Thread(target=observe)
a.start()
b.start()
a.join()
b.join()
print(seen)
