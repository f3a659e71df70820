# [[0] * 2] * 2 makes one row twice: writing grid[0][0] changes both rows.
import threading

grid = [[0] * 2] * 2


def paint():
    grid[0][0] = 7


t = threading.Thread(target=paint)
t.start()
t.join()
print(grid)
