# os._exit at the end of the module's code ends the process at once: no thread is joined, no executor's
# worker waited for. CPython 3.11: state=1 and booked=1 on every run (the sleeper never writes 2, the
# pool's second job never books), the process exits 0.
import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

state = 0
booked = 0
gate = threading.Lock()


def slow():
    global state
    time.sleep(0.05)
    state = 2


def book(delay):
    global booked
    with gate:
        time.sleep(delay)
        booked += 1


t = threading.Thread(target=slow)
t.start()
pool = ThreadPoolExecutor(max_workers=2)
first = pool.submit(book, 0.001)
first.result()
pool.submit(book, 0.2)
state = 1
print(state, booked)
sys.stdout.flush()
os._exit(0)
