# check: threading.Event set() then clear() at once: a thread already waiting still returns True
import threading
import time

got = []
ev = threading.Event()


def waiter():
    got.append(int(ev.wait(timeout=0.05)))


w = threading.Thread(target=waiter)
w.start()
time.sleep(0.005)
ev.set()
ev.clear()
w.join()
print(got)
