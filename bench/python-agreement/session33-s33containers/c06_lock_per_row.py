# A lock per row, picked by a row taken from a queue: `with locks[row]:` then `grid[row][c] += 1`.
import queue
import threading

grid = [[0, 0], [0, 0]]
locks = [threading.Lock(), threading.Lock()]
jobs = queue.Queue()


def worker():
    while True:
        row = jobs.get()
        if row is None:
            break
        with locks[row]:
            value = grid[row][0]
            grid[row][0] = value + 1


for row in (0, 1, 1, -1):
    jobs.put(row)
threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for _ in threads:
    jobs.put(None)
for t in threads:
    t.join()
first_row = grid[0][0]
second_row = grid[1][0]
print(grid)
