# check: `total = fetch(x) + total` reads total after the call: no lost update from the sleep
import threading
import time

total = 0


def fetch(x):
    time.sleep(0.001)
    return x


def worker(xs):
    global total
    for x in xs:
        total = fetch(x) + total


threads = [threading.Thread(target=worker, args=([1, 2, 3],)), threading.Thread(target=worker, args=([10, 20],))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total)
