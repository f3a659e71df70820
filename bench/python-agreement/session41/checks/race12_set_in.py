# check: x in s against s.add(x) (both threads act after the same 1 ms sleep, so either may go first)
import queue
import threading
import time

seen = []
s = set()


def mutate():
    time.sleep(0.001)
    s.add(3)


def observe():
    time.sleep(0.001)
    seen.append(int(3 in s))


a = threading.Thread(target=mutate)
b = threading.Thread(target=observe)
a.start()
b.start()
a.join()
b.join()
print(seen)
