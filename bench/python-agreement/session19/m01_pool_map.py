"""multiprocessing.Pool.map over a list of numbers; results summed in the parent."""
import multiprocessing as mp

NUMBERS = [3, 1, 4, 1, 5, 9, 2, 6]


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


if __name__ == "__main__":
    with mp.Pool(processes=2) as pool:
        steps = pool.map(collatz_steps, NUMBERS)
    longest = max(steps)
    total_steps = sum(steps)
    assert steps[0] == 7
