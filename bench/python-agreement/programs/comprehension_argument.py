"""A list comprehension as a call's argument: `start_all([n * 10 for n in range(1, 4)])` hands the
function a list known at import time, and it starts a thread per amount. The threads add without a
lock (a read, a pause, a write), so updates get lost: total is 60 only when they do not overlap."""
import threading
import time

total = 0


def deposit(amount):
    global total
    current = total
    time.sleep(0)
    total = current + amount


def start_all(amounts):
    threads = [threading.Thread(target=deposit, args=(a,)) for a in amounts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


start_all([n * 10 for n in range(1, 4)])
print(total)
