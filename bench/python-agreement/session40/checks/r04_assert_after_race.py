# Check: main asserts the total after racing threads; the lost update makes the assert fail in some runs. Bug: lost update.
import threading
import time

total = 0


def add(n):
    global total
    t = total
    time.sleep(0.001)
    total = t + n


ts = [threading.Thread(target=add, args=(n,)) for n in (1, 2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert total == 3, total
print(f"total={total}")
