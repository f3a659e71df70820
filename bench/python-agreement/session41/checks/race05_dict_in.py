# check: k in d against d[k] = v (both threads act after the same 1 ms sleep, so either may go first)
import queue
import threading
import time

seen = []
d = {}


def mutate():
    time.sleep(0.001)
    d["k"] = 1


def observe():
    time.sleep(0.001)
    seen.append(int("k" in d))


a = threading.Thread(target=mutate)
b = threading.Thread(target=observe)
a.start()
b.start()
a.join()
b.join()
print(seen)
