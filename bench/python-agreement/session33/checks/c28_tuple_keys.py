import threading
import time

grid = {(0, 0): 0, (0, 1): 0}


def painter(cell, times):
    for _ in range(times):
        value = grid[cell]
        time.sleep(0)
        grid[cell] = value + 1


threads = [threading.Thread(target=painter, args=((0, 0), 2)), threading.Thread(target=painter, args=((0, 0), 1))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(grid)
