# check: len(items) against items.append() (both threads act after the same 1 ms sleep, so either may go first)
import queue
import threading
import time

seen = []
items = []


def mutate():
    time.sleep(0.001)
    items.append(1)


def observe():
    time.sleep(0.001)
    seen.append(len(items))


a = threading.Thread(target=mutate)
b = threading.Thread(target=observe)
a.start()
b.start()
a.join()
b.join()
print(seen)
