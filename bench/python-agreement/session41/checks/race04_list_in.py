# check: x in items against items.remove(x) (both threads act after the same 1 ms sleep, so either may go first)
import queue
import threading
import time

seen = []
items = [1, 2]


def mutate():
    time.sleep(0.001)
    items.remove(2)


def observe():
    time.sleep(0.001)
    seen.append(int(2 in items))


a = threading.Thread(target=mutate)
b = threading.Thread(target=observe)
a.start()
b.start()
a.join()
b.join()
print(seen)
