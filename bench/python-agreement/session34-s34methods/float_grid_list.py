import threading

N = 4
grid = [0.5, 1.5, 2.5, 3.5]
lock = threading.Lock()
total = [0.0]


def smooth(start, stop):
    for i in range(start, stop):
        grid[i] = grid[i] * 0.5 + 1.0
    with lock:
        for i in range(start, stop):
            total[0] += grid[i]


workers = [threading.Thread(target=smooth, args=(0, 2)), threading.Thread(target=smooth, args=(2, N))]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("grid", grid, "total", total[0])
