# [[0] * 3] * 3 makes three references to one row: a thread's write to grid[0][1] shows in every row.
import threading

log = []
grid = [[0] * 3] * 3


def paint(row, col):
    grid[row][col] = 1


t = threading.Thread(target=paint, args=(0, 1))
t.start()
t.join()
for row in grid:
    log.append(sum(row))
print(log)
