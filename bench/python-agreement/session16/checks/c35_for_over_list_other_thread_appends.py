# check: a for loop over a shared list that another thread appends to
import threading
import time

jobs = [10, 20]
seen = []


def adder():
    jobs.append(30)


def reader():
    for j in jobs:
        seen.append(j)
        time.sleep(0.01)


r = threading.Thread(target=reader)
a = threading.Thread(target=adder)
r.start()
a.start()
r.join()
a.join()
print(seen)
