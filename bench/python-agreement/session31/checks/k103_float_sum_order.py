# three threads add 0.1, 0.2 and 0.3 to a float total under a lock: the sum depends on the order of the adds
import threading
import time

total = 0.0
lock = threading.Lock()


def add(x, delay):
    global total
    time.sleep(delay)
    with lock:
        total += x


ts = [threading.Thread(target=add, args=(0.1, 0.002)), threading.Thread(target=add, args=(0.2, 0.001)), threading.Thread(target=add, args=(0.3, 0.0))]
for t in ts:
    t.start()
for t in ts:
    t.join()
text = f"{total:.17f}"
exact = total == 0.6
print(total, text, exact)
