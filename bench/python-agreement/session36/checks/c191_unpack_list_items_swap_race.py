"""Two threads swap the two items of a shared list by unpacking, with a sleep between read and write."""
import threading
import time

ROW = [1, 2]


def swapper():
    x, y = ROW[0], ROW[1]
    time.sleep(0.001)
    ROW[0], ROW[1] = y, x


threads = [threading.Thread(target=swapper) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(ROW)
