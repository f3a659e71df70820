import threading
grid = [[0] * 2] * 2
def worker():
    grid[0][0] = 5
t = threading.Thread(target=worker)
t.start()
t.join()
print(grid[1][0])
