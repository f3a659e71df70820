# Game of life on a small torus, two threads each owning half the rows, generations separated by a Barrier.
import threading

ROWS, COLS = 4, 4
GENERATIONS = 3
grid = [
    [0, 1, 0, 0],
    [0, 1, 0, 0],
    [0, 1, 0, 0],
    [0, 0, 0, 0],
]
next_grid = [[0] * COLS for _ in range(ROWS)]
barrier = threading.Barrier(2)
population = []


def neighbours(r, c):
    count = 0
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr == 0 and dc == 0:
                continue
            count += grid[(r + dr) % ROWS][(c + dc) % COLS]
    return count


def step_rows(first, last, leader):
    for gen in range(GENERATIONS):
        for r in range(first, last):
            for c in range(COLS):
                n = neighbours(r, c)
                alive = grid[r][c] == 1
                next_grid[r][c] = 1 if (n == 3 or (alive and n == 2)) else 0
        barrier.wait()
        if leader:
            for r in range(ROWS):
                for c in range(COLS):
                    grid[r][c] = next_grid[r][c]
            population.append(sum(sum(row) for row in grid))
        barrier.wait()


def main():
    a = threading.Thread(target=step_rows, args=(0, 2, True))
    b = threading.Thread(target=step_rows, args=(2, 4, False))
    a.start(); b.start()
    a.join(); b.join()
    for row in grid:
        print("".join("#" if x else "." for x in row))
    print("population per generation", population)


main()
