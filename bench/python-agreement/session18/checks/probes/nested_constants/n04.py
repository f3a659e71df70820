import threading

GRID = [[1, 2], [3, 4]]
x = 0


def worker(i, j):
    global x
    x = GRID[i][j]


w = threading.Thread(target=worker, args=(1, 0))
w.start()
w.join()
