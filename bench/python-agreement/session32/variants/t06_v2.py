# t06 variant v2: the grid flattened into one list of ROWS * COLS cells (t06_v1: the list of rows refused
# at `grid[(r + dr) % ROWS][...]`, an outer index known only at run time); the leader copies next into grid.
import threading

ROWS, COLS = 4, 4
GENERATIONS = 3
grid = [
    0, 1, 0, 0,
    0, 1, 0, 0,
    0, 1, 0, 0,
    0, 0, 0, 0,
]
next_grid = [0] * (ROWS * COLS)
barrier = threading.Barrier(2)
population = []


def neighbours(r, c):
    count = 0
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr == 0 and dc == 0:
                continue
            count += grid[((r + dr) % ROWS) * COLS + (c + dc) % COLS]
    return count


def step_rows(first, last, leader):
    for gen in range(GENERATIONS):
        for r in range(first, last):
            for c in range(COLS):
                n = neighbours(r, c)
                alive = grid[r * COLS + c] == 1
                next_grid[r * COLS + c] = 1 if (n == 3 or (alive and n == 2)) else 0
        barrier.wait()
        if leader:
            for i in range(ROWS * COLS):
                grid[i] = next_grid[i]
            population.append(sum(grid))
        barrier.wait()


def main():
    a = threading.Thread(target=step_rows, args=(0, 2, True))
    b = threading.Thread(target=step_rows, args=(2, 4, False))
    a.start(); b.start()
    a.join(); b.join()
    print("population per generation", population)


main()
