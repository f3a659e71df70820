# check (program): three workers compute rounds of a simulation, a barrier between rounds, main reads totals
import threading

barrier = threading.Barrier(3)
lock = threading.Lock()
grid = [1, 2, 3]
history = []


def cell(i):
    for rnd in range(2):
        with lock:
            left = grid[(i - 1) % 3]
        barrier.wait()
        with lock:
            grid[i] = grid[i] + left
        if barrier.wait() == 0:
            with lock:
                history.append(sum(grid))


threads = [threading.Thread(target=cell, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(grid, history)
