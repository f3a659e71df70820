# The calls kept as a cost where they cannot raise: a seed of a number, a positive switch interval, a
# digest made with no data; then a race on a counter.
import hashlib
import random
import sys
import threading

random.seed(42)
sys.setswitchinterval(0.001)
counter = 0


def bump():
    global counter
    hashlib.sha256()
    value = counter
    counter = value + 1


threads = [threading.Thread(target=bump) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
