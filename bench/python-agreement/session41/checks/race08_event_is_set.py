# check: ev.is_set() against ev.set() (both threads act after the same 1 ms sleep, so either may go first)
import queue
import threading
import time

seen = []
ev = threading.Event()


def mutate():
    time.sleep(0.001)
    ev.set()


def observe():
    time.sleep(0.001)
    seen.append(int(ev.is_set()))


a = threading.Thread(target=mutate)
b = threading.Thread(target=observe)
a.start()
b.start()
a.join()
b.join()
print(seen)
