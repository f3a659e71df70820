# Each thread sums a cell's neighbours on a small torus (rows picked with `(r + dr) % ROWS`) while
# the other thread writes its own rows: a reader can see a row before or after the writer's update.
import threading

ROWS, COLS = 3, 3
grid = [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
]
sums = [0, 0, 0]


def neighbour_sum(r, c):
    total = 0
    for dr in (-1, 1):
        total += grid[(r + dr) % ROWS][c]
    return total


def reader(r):
    sums[r] = neighbour_sum(r, 0)


def writer():
    for c in range(COLS):
        grid[2][c] = 5


threads = [threading.Thread(target=reader, args=(r,)) for r in range(ROWS)]
threads.append(threading.Thread(target=writer))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sums)
