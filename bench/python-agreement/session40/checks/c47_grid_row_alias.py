# Check: `[[0] * 3] * 3` makes three references to one row. Bug: aliased rows (deterministic).
import threading

grid = [[0] * 3] * 3
row_sums = []


def worker():
    grid[0][1] = 5
    for row in grid:
        row_sums.append(sum(row))


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"row_sums={row_sums}")
