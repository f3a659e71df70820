# check: time.sleep(0) inside a read-modify-write lets another thread in (CPython drops the GIL)
import threading
import time

total = 0


def fetch():
    time.sleep(0)
    return 1


def add():
    global total
    total = total + fetch()


threads = [threading.Thread(target=add) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total)
