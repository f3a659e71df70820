# [[0] * 2] * 2 repeats one inner list: writing one row writes both
import threading

grid = [[0] * 2] * 2
lock = threading.Lock()
corner = -1


def mark():
    with lock:
        grid[0][0] = 1


t = threading.Thread(target=mark)
t.start()
t.join()
corner = grid[1][0]
print(grid, corner)
