# A grid of counters, each cell bumped by a helper that takes its row and column as parameters;
# the two threads share row 1 and race on its cells (a lost update is possible).
import threading

ROWS = 3
grid = [[0, 0], [0, 0], [0, 0]]


def bump(r, c):
    grid[r][c] += 1


def worker(first, last):
    for r in range(first, last):
        for c in range(2):
            bump(r, c)


a = threading.Thread(target=worker, args=(0, 2))
b = threading.Thread(target=worker, args=(1, 3))
a.start()
b.start()
a.join()
b.join()
total = sum(sum(row) for row in grid)
print(grid, total)
