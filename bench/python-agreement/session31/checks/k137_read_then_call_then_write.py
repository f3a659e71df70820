# `counter = counter + fetch_increment()`: Python reads counter before the call, whose sleep lets the other
# thread in; the write then loses its update
import threading
import time

counter = 0


def fetch_increment():
    time.sleep(0.001)  # ask the config service
    return 1


def worker():
    global counter
    for _ in range(2):
        counter = counter + fetch_increment()


ts = [threading.Thread(target=worker) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter)
